# Length-prefixed JSON messages over a stream socket (see the README).
import json
import struct

HEADER = struct.Struct("!I")  # 4 bytes, network (big-endian) byte order
MAX_BODY = 65_536


def encode(obj):
    # TODO: 4-byte length of the UTF-8 body, then the compact JSON body
    return json.dumps(obj).encode()


def send_msg(sock, obj):
    # TODO: make sure every byte is sent
    sock.send(encode(obj))


def recv_exact(sock, size):
    # TODO: loop on recv() until `size` bytes; b"" means the peer closed
    return sock.recv(size)


def recv_msg(sock):
    # TODO: header, size check, body; None on a clean close before a header
    return None


def parse_address(text, default_port=7000):
    # TODO: "host:port", "[v6]:port", bare hosts
    return text, default_port
