import unittest

from solution import MailboxClient, ProtocolError


class FakeSocket:
    """A scripted mailbox server: replies to the commands it knows.

    recv(n) hands out at most `chunk` bytes at a time, like a real network
    that cuts the stream wherever it likes.
    """

    def __init__(self, replies=None, greeting=b"+OK mailbox ready\r\n", chunk=1024,
                 refuse=None):
        self.replies = dict(replies or {})
        self.outgoing = b""
        self.greeting = greeting
        self.chunk = chunk
        self.refuse = refuse
        self.sent = []
        self.address = None
        self.closed = False

    def connect(self, address):
        if self.refuse is not None:
            raise self.refuse
        self.address = address
        self.outgoing += self.greeting

    def sendall(self, data):
        assert isinstance(data, bytes), f"sendall() needs bytes, got {type(data).__name__}"
        self.sent.append(data)
        command = data.decode().strip()
        self.outgoing += self.replies.get(command, b"-ERR unknown command\r\n")

    def recv(self, size):
        if self.closed:
            raise OSError("recv() on a closed socket")
        piece = self.outgoing[:min(size, self.chunk)]
        self.outgoing = self.outgoing[len(piece):]
        return piece

    def close(self):
        self.closed = True


REPLIES = {
    "USER ana": b"+OK send your password\r\n",
    "PASS s3cret": b"+OK 2 messages\r\n",
    "STAT": b"+OK 2 412\r\n",
    "LIST": b"+OK 2 messages (412 octets)\r\n1 120\r\n2 292\r\n.\r\n",
    "RETR 2": (b"+OK 292 octets\r\nFrom: tides@example.org\r\nSubject: Report\r\n\r\n"
               b"High tide 06:12\r\n..and low tide 12:40\r\n.\r\n"),
    "DELE 1": b"+OK message 1 deleted\r\n",
    "QUIT": b"+OK bye\r\n",
}


class TestMailboxClient(unittest.TestCase):
    def logged_in(self, chunk=1024):
        sock = FakeSocket(REPLIES, chunk=chunk)
        client = MailboxClient(sock)
        client.connect("mail.example.org")
        client.login("ana", "s3cret")
        return sock, client

    def test_connect_and_login(self):
        """connect reads the greeting; login sends USER and PASS as CR LF lines"""
        sock = FakeSocket(REPLIES)
        client = MailboxClient(sock)
        self.assertEqual(client.connect("mail.example.org"), "mailbox ready")
        self.assertEqual(sock.address, ("mail.example.org", 110), msg="the address connected to")
        self.assertEqual(client.state, "authorization")
        client.login("ana", "s3cret")
        self.assertEqual(sock.sent, [b"USER ana\r\n", b"PASS s3cret\r\n"], msg="the bytes sent")
        self.assertEqual(client.state, "transaction")

    def test_stat_and_list(self):
        """STAT and the multi-line LIST reply"""
        sock, client = self.logged_in()
        self.assertEqual(client.stat(), (2, 412))
        self.assertEqual(client.list(), {1: 120, 2: 292})

    def test_retrieve_in_small_pieces(self):
        """RETR works when recv() returns 5 bytes at a time, and un-stuffs dots"""
        sock, client = self.logged_in(chunk=5)
        self.assertEqual(client.retrieve(2),
                         "From: tides@example.org\nSubject: Report\n\n"
                         "High tide 06:12\n.and low tide 12:40")

    def test_err_reply(self):
        """a -ERR reply raises ProtocolError with the server's text"""
        sock = FakeSocket({"USER ana": b"+OK\r\n", "PASS nope": b"-ERR invalid password\r\n"})
        client = MailboxClient(sock)
        client.connect("mail.example.org", 995)
        with self.assertRaises(ProtocolError, msg="PASS answered by -ERR") as caught:
            client.login("ana", "nope")
        self.assertEqual(str(caught.exception), "invalid password")
        self.assertEqual(client.state, "authorization", msg="a failed login stays in authorization")

    def test_connection_refused(self):
        """a refused connection becomes a ConnectionError that names the server"""
        client = MailboxClient(FakeSocket(refuse=ConnectionRefusedError(111, "Connection refused")))
        with self.assertRaises(ConnectionError) as caught:
            client.connect("mail.example.org", 110)
        self.assertEqual(str(caught.exception), "mail.example.org:110 refused the connection")
        self.assertIsInstance(caught.exception.__cause__, ConnectionRefusedError,
                              msg="raise ... from the original error")

    def test_quit_closes(self):
        """QUIT closes the socket"""
        sock, client = self.logged_in()
        client.quit()
        self.assertEqual(sock.sent[-1], b"QUIT\r\n")
        self.assertTrue(sock.closed, msg="the socket should be closed after quit()")
        self.assertEqual(client.state, "closed")


if __name__ == "__main__":
    unittest.main()
