# The protocol core of a line-based chat server (see the README). A real
# server calls connect/receive/disconnect from its socket loop and sends the
# returned (conn, bytes) pairs with sock.sendall().


class ChatServer:
    def __init__(self):
        self.nicks = {}     # conn id -> nick
        self.closed = set()

    def connect(self, conn):
        return [(conn, b"WELCOME send NICK <name>\n")]

    def receive(self, conn, data):
        # TODO: buffer bytes per connection, handle each complete line
        #       (NICK, MSG, WHO, QUIT, errors), keep the incomplete rest
        return []

    def disconnect(self, conn):
        # TODO: announce a named connection's departure, free its nick
        return []
