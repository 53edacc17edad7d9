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


class TestSocketJsonFramesHidden(unittest.TestCase):
    def test_closed_mid_message(self):
        """the peer closes in the middle of a message: ConnectionError"""
        data = encode({"op": "say", "text": "bye"})
        with self.assertRaises(ConnectionError):
            recv_msg(FakeSocket([data[:10]]))
        with self.assertRaises(ConnectionError):
            recv_msg(FakeSocket([data[:2]]))

    def test_recv_exact_zero(self):
        """recv_exact(sock, 0) returns b'' without calling recv"""
        sock = FakeSocket([b"x"])
        self.assertEqual(recv_exact(sock, 0), b"")

    def test_too_large(self):
        """a header announcing more than 64 KiB is refused before reading the body"""
        with self.assertRaises(ValueError):
            recv_msg(FakeSocket([struct.pack("!I", 65_537)]))
        ok = encode("x" * 65_534)
        self.assertEqual(len(ok), 4 + 65_536)
        self.assertEqual(recv_msg(FakeSocket([ok])), "x" * 65_534)

    def test_one_byte_at_a_time(self):
        """a message delivered one byte per recv()"""
        data = encode({"nick": "zoë", "n": [1.5, None, True]})
        sock = FakeSocket([bytes([b]) for b in data])
        self.assertEqual(recv_msg(sock), {"nick": "zoë", "n": [1.5, None, True]})

    def test_empty_body(self):
        """an empty string and an empty dict survive the round trip"""
        sock = FakeSocket([encode(""), encode({})])
        self.assertEqual(recv_msg(sock), "")
        self.assertEqual(recv_msg(sock), {})

    def test_more_addresses(self):
        """IPv6 without a port and a port of 0"""
        self.assertEqual(parse_address("[2001:db8::7]"), ("2001:db8::7", 7000))
        self.assertEqual(parse_address("localhost:0"), ("localhost", 0))
        self.assertEqual(parse_address("fe80::1", 80), ("fe80::1", 80))


if __name__ == "__main__":
    unittest.main()
