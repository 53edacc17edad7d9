import unittest

from solution import ChatServer


def joined(server, *names):
    for conn, name in enumerate(names, start=1):
        server.connect(conn)
        server.receive(conn, f"NICK {name}\n".encode())
    return server


class TestChatLineServerHidden(unittest.TestCase):
    def test_one_byte_at_a_time(self):
        """a slow client sends one byte per recv()"""
        server = ChatServer()
        server.connect(7)
        out = []
        for byte in b"NICK kim\r\nWHO\r\n":
            out += server.receive(7, bytes([byte]))
        self.assertEqual(out, [(7, b"OK welcome kim\n"), (7, b"USERS kim\n")])

    def test_disconnect_frees_the_nick(self):
        """a dropped connection is announced and its nick can be used again"""
        server = joined(ChatServer(), "ana", "bo")
        server.receive(1, b"MSG half a li")
        self.assertEqual(server.disconnect(1), [(2, b"* ana left\n")])
        server.connect(3)
        self.assertEqual(server.receive(3, b"NICK ana\n"),
                         [(3, b"OK welcome ana\n"), (2, b"* ana joined\n")])

    def test_disconnect_before_nick(self):
        """an unnamed connection leaves silently"""
        server = joined(ChatServer(), "ana")
        server.connect(2)
        self.assertEqual(server.disconnect(2), [])

    def test_line_too_long(self):
        """more than 512 bytes without a newline: error and close"""
        server = joined(ChatServer(), "ana", "bo")
        self.assertEqual(server.receive(2, b"MSG " + b"x" * 600),
                         [(2, b"ERR line too long\n"), (1, b"* bo left\n")])
        self.assertIn(2, server.closed)

    def test_exactly_512_is_fine(self):
        """a pending partial line of exactly 512 bytes is still accepted"""
        server = joined(ChatServer(), "ana", "bo")
        self.assertEqual(server.receive(1, b"MSG " + b"y" * 508), [])
        self.assertEqual(server.receive(1, b"\n"), [(2, b"ana: " + b"y" * 508 + b"\n")])

    def test_bad_encoding_and_blank_lines(self):
        """invalid UTF-8 gets an error; blank lines are ignored"""
        server = joined(ChatServer(), "ana")
        self.assertEqual(server.receive(1, b"MSG \xff\xfe\n\r\n\n"), [(1, b"ERR bad encoding\n")])


if __name__ == "__main__":
    unittest.main()
