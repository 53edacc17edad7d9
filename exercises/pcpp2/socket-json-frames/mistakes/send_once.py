# Mistake: calls sock.send() once and ignores its return value: send() may transmit only
# part of the data, and the rest is silently lost.
"""Length-prefixed JSON messages over a stream socket."""
import json
import struct

HEADER = struct.Struct("!I")  # 4 bytes, network (big-endian) byte order
MAX_BODY = 65_536


def encode(obj):
    """The bytes of one message: the body's length, then compact UTF-8 JSON."""
    body = json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return HEADER.pack(len(body)) + body


def send_msg(sock, obj):
    """Send one whole message (sendall loops until every byte is out)."""
    sock.send(encode(obj))


def recv_exact(sock, size):
    """Receive exactly `size` bytes; recv() may return fewer than asked for."""
    chunks, got = [], 0
    while got < size:
        chunk = sock.recv(size - got)
        if not chunk:
            raise ConnectionError(f"connection closed after {got} of {size} bytes")
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def recv_msg(sock):
    """Receive one message; None if the peer closed cleanly between messages."""
    first = sock.recv(HEADER.size)
    if not first:
        return None
    header = first + recv_exact(sock, HEADER.size - len(first))
    (size,) = HEADER.unpack(header)
    if size > MAX_BODY:
        raise ValueError(f"message of {size} bytes is too large")
    return json.loads(recv_exact(sock, size).decode("utf-8"))


def parse_address(text, default_port=7000):
    """'host:port', '[v6]:port' or a bare host -> the (host, port) tuple connect() takes."""
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    elif text.count(":") == 1:
        host, port = text.split(":")
    else:
        host, port = text, ""
    return host, int(port) if port else default_port
