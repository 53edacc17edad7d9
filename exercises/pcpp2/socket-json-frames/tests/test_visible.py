import json
import struct
import unittest

from solution import encode, parse_address, recv_exact, recv_msg, send_msg


class FakeSocket:
    """Behaves like a connected TCP socket whose data arrives in the given chunks."""

    def __init__(self, chunks=(), max_send=5):
        self.incoming = [bytes(c) for c in chunks]
        self.sent = b""
        self.max_send = max_send
        self.recv_sizes = []

    def recv(self, bufsize):
        self.recv_sizes.append(bufsize)
        if bufsize <= 0:
            raise AssertionError("recv() called with a size of 0 or less")
        if not self.incoming:
            return b""  # the peer closed the connection
        chunk = self.incoming.pop(0)
        if len(chunk) > bufsize:
            chunk, rest = chunk[:bufsize], chunk[bufsize:]
            self.incoming.insert(0, rest)
        return chunk

    def send(self, data):
        """Like a real send(): may send only part of the data; returns how much."""
        part = bytes(data[:self.max_send])
        self.sent += part
        return len(part)

    def sendall(self, data):
        self.sent += bytes(data)


class TestSocketJsonFrames(unittest.TestCase):
    def test_encode(self):
        """encode() puts a 4-byte big-endian length before compact UTF-8 JSON"""
        self.assertEqual(encode({"op": "ping"}), b"\x00\x00\x00\x0d" + b'{"op":"ping"}')
        self.assertEqual(encode("é"), b"\x00\x00\x00\x04" + '"é"'.encode("utf-8"),
                         msg="the length counts bytes, not characters")

    def test_send_msg_sends_every_byte(self):
        """send_msg() gets the whole message out, even if send() sends only 5 bytes"""
        sock = FakeSocket()
        send_msg(sock, {"op": "join", "room": "ops"})
        self.assertEqual(sock.sent, encode({"op": "join", "room": "ops"}))

    def test_recv_exact_collects_pieces(self):
        """recv_exact() calls recv() until it has every byte"""
        sock = FakeSocket([b"ab", b"c", b"defg"])
        self.assertEqual(recv_exact(sock, 6), b"abcdef")
        self.assertEqual(sock.recv(10), b"g", msg="recv_exact must not read past the 6 bytes")

    def test_recv_msg_in_pieces(self):
        """a message split at every awkward place still arrives whole"""
        data = encode({"op": "say", "text": "hello"}) + encode([1, 2, 3])
        sock = FakeSocket([data[:2], data[2:9], data[9:30], data[30:]])
        self.assertEqual(recv_msg(sock), {"op": "say", "text": "hello"})
        self.assertEqual(recv_msg(sock), [1, 2, 3])
        self.assertIsNone(recv_msg(sock), msg="the peer closed cleanly: recv_msg returns None")

    def test_parse_address(self):
        """addresses become (host, port) tuples"""
        self.assertEqual(parse_address("chat.example.org:7070"), ("chat.example.org", 7070))
        self.assertEqual(parse_address("10.0.0.5"), ("10.0.0.5", 7000))
        self.assertEqual(parse_address("[::1]:9000"), ("::1", 9000))


if __name__ == "__main__":
    unittest.main()
