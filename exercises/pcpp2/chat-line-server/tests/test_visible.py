import unittest

from solution import ChatServer


def joined(server, *names):
    """Connect conn 1, 2, ... and name them; return the server."""
    for conn, name in enumerate(names, start=1):
        server.connect(conn)
        server.receive(conn, f"NICK {name}\n".encode())
    return server


class TestChatLineServer(unittest.TestCase):
    def test_welcome_and_nick(self):
        """a new connection is greeted, then named; the others hear about it"""
        server = ChatServer()
        self.assertEqual(server.connect(1), [(1, b"WELCOME send NICK <name>\n")],
                         msg="connect(1)")
        self.assertEqual(server.receive(1, b"NICK ana\r\n"), [(1, b"OK welcome ana\n")],
                         msg="receive(1, b'NICK ana\\r\\n')")
        server.connect(2)
        self.assertEqual(server.receive(2, b"NICK bo\n"),
                         [(2, b"OK welcome bo\n"), (1, b"* bo joined\n")],
                         msg="receive(2, b'NICK bo\\n') with ana already named")

    def test_message_in_pieces(self):
        """a line split over several recv() chunks is handled once it is complete"""
        server = joined(ChatServer(), "ana", "bo", "cy")
        self.assertEqual(server.receive(1, b"MSG hel"), [], msg="receive(1, b'MSG hel')")
        self.assertEqual(server.receive(1, b"lo all"), [], msg="then receive(1, b'lo all')")
        self.assertEqual(server.receive(1, b"\nWH"),
                         [(2, b"ana: hello all\n"), (3, b"ana: hello all\n")],
                         msg="then receive(1, b'\\nWH')")
        self.assertEqual(server.receive(1, b"O\n"), [(1, b"USERS ana, bo, cy\n")],
                         msg="then receive(1, b'O\\n')")

    def test_two_lines_in_one_chunk(self):
        """one recv() can bring several lines"""
        server = joined(ChatServer(), "ana", "bo")
        self.assertEqual(server.receive(2, b"MSG hi\nMSG are you there?\n"),
                         [(1, b"bo: hi\n"), (1, b"bo: are you there?\n")])

    def test_rules_before_and_after_nick(self):
        """errors: commands before NICK, bad and taken nicks, unknown commands"""
        server = joined(ChatServer(), "ana")
        server.connect(2)
        self.assertEqual(server.receive(2, b"MSG hi\n"), [(2, b"ERR send NICK first\n")])
        self.assertEqual(server.receive(2, b"NICK ana\n"), [(2, b"ERR nick taken\n")])
        self.assertEqual(server.receive(2, b"NICK no spaces\n"), [(2, b"ERR bad nick\n")])
        self.assertEqual(server.receive(1, b"DANCE\n"), [(1, b"ERR unknown command\n")])
        self.assertEqual(server.receive(1, b"NICK anna\n"), [(1, b"ERR already named\n")])

    def test_utf8_split_across_chunks(self):
        """a multi-byte character split between two chunks"""
        server = joined(ChatServer(), "zoe", "bo")
        data = "MSG café ☕\n".encode("utf-8")
        cut = data.index(b"\xc3") + 1
        self.assertEqual(server.receive(1, data[:cut]), [], msg="the first chunk ends inside é")
        self.assertEqual(server.receive(1, data[cut:]), [(2, "zoe: café ☕\n".encode("utf-8"))])

    def test_quit(self):
        """QUIT says BYE, tells the others, and closes the connection"""
        server = joined(ChatServer(), "ana", "bo")
        self.assertEqual(server.receive(1, b"QUIT\nMSG too late\n"),
                         [(1, b"BYE\n"), (2, b"* ana left\n")])
        self.assertIn(1, server.closed)
        self.assertEqual(server.receive(1, b"MSG still here?\n"), [],
                         msg="data on a closed connection is ignored")


if __name__ == "__main__":
    unittest.main()
