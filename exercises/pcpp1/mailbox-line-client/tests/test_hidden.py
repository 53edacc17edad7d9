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


class TestMailboxClientHidden(unittest.TestCase):
    def test_one_byte_at_a_time(self):
        """every command works when recv() returns a single byte"""
        sock = FakeSocket(REPLIES, chunk=1)
        client = MailboxClient(sock)
        self.assertEqual(client.connect("m"), "mailbox ready")
        client.login("ana", "s3cret")
        self.assertEqual(client.list(), {1: 120, 2: 292})
        self.assertEqual(client.stat(), (2, 412))
        client.delete(1)
        self.assertEqual(sock.sent[-1], b"DELE 1\r\n")

    def test_commands_need_login(self):
        """mailbox commands before login raise ProtocolError and send nothing"""
        sock = FakeSocket(REPLIES)
        client = MailboxClient(sock)
        client.connect("m")
        for command in (client.stat, client.list, lambda: client.retrieve(1)):
            with self.assertRaises(ProtocolError):
                command()
        self.assertEqual(sock.sent, [])

    def test_server_hangs_up(self):
        """recv() returning b'' in the middle of a reply is a ConnectionError"""
        replies = dict(REPLIES, LIST=b"+OK 2 messages\r\n1 120\r\n")
        sock = FakeSocket(replies)
        client = MailboxClient(sock)
        client.connect("m")
        client.login("ana", "s3cret")
        with self.assertRaises(ConnectionError):
            client.list()

    def test_timeout_and_bad_greeting(self):
        """a timeout is a ConnectionError; a greeting without +OK a ProtocolError"""
        client = MailboxClient(FakeSocket(refuse=TimeoutError("timed out")))
        with self.assertRaises(ConnectionError) as caught:
            client.connect("slow.example", 110)
        self.assertEqual(str(caught.exception), "slow.example:110 did not answer")
        client = MailboxClient(FakeSocket(greeting=b"-ERR too many users\r\n"))
        with self.assertRaises(ProtocolError) as caught:
            client.connect("busy.example")
        self.assertEqual(str(caught.exception), "too many users")

    def test_quit_closes_even_on_err(self):
        """the socket is closed even when QUIT is answered with -ERR"""
        sock = FakeSocket(dict(REPLIES, QUIT=b"-ERR some messages not deleted\r\n"))
        client = MailboxClient(sock)
        client.connect("m")
        client.login("ana", "s3cret")
        with self.assertRaises(ProtocolError):
            client.quit()
        self.assertTrue(sock.closed)

    def test_empty_message_and_utf8(self):
        """an empty message, and a UTF-8 line cut in the middle of a character"""
        replies = dict(REPLIES)
        replies["RETR 1"] = b"+OK\r\n.\r\n"
        replies["RETR 2"] = "+OK\r\nMarée haute à 06:12\r\n.\r\n".encode("utf-8")
        sock = FakeSocket(replies, chunk=3)
        client = MailboxClient(sock)
        client.connect("m")
        client.login("ana", "s3cret")
        self.assertEqual(client.retrieve(1), "")
        self.assertEqual(client.retrieve(2), "Marée haute à 06:12")


if __name__ == "__main__":
    unittest.main()
