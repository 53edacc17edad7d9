"""A client for a POP3-style mailbox protocol, over a socket-like object."""


class ProtocolError(Exception):
    """The server refused a command (-ERR) or answered something unexpected."""


class MailboxClient:
    """Talks to the mailbox server through sock (socket.socket or a fake)."""

    def __init__(self, sock):
        self.sock = sock
        self.state = "disconnected"

    def connect(self, host, port=110):
        """Connect and read the greeting; return its text."""
        # TODO: sock.connect((host, port)), then read the greeting line
        self.sock.connect((host, port))
        return ""

    # TODO: login, stat, list, retrieve, delete, quit (see README.md)
