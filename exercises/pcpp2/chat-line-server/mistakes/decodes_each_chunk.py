# Mistake: decodes every chunk as it arrives and buffers text, so a UTF-8 character whose
# bytes are split between two recv() calls cannot be decoded (and the server crashes).
"""The protocol core of a line-based chat server, independent of real sockets."""
import re

MAX_LINE = 512
NICK_RE = re.compile(r"\w{1,16}", re.ASCII)


class ChatServer:
    """Turns connection events into the bytes to send back, per connection."""

    def __init__(self):
        self.buffers = {}   # conn id -> bytes received but not yet a whole line
        self.nicks = {}     # conn id -> nick, for named connections (in join order)
        self.closed = set()

    def connect(self, conn):
        self.buffers[conn] = b""
        return [(conn, b"WELCOME send NICK <name>\n")]

    def disconnect(self, conn):
        """The peer closed its socket (recv returned b"")."""
        if conn in self.closed or conn not in self.buffers:
            return []
        return self._close(conn, farewell=None)

    def receive(self, conn, data):
        """Bytes arrived on `conn`: handle every complete line, keep the rest."""
        if conn in self.closed:
            return []
        out = []
        text = self.buffers[conn].decode("utf-8") + data.decode("utf-8")
        buffer = text.encode("utf-8")
        while b"\n" in buffer and conn not in self.closed:
            raw, buffer = buffer.split(b"\n", 1)
            out += self._line(conn, raw.rstrip(b"\r"))
        if conn in self.closed:
            return out
        if len(buffer) > MAX_LINE:
            out.append((conn, b"ERR line too long\n"))
            return out + self._close(conn, farewell=None)
        self.buffers[conn] = buffer
        return out

    # -- helpers ---------------------------------------------------------------
    def _others(self, conn, text):
        return [(other, text.encode("utf-8")) for other in self.nicks if other != conn]

    def _close(self, conn, farewell):
        out = [] if farewell is None else [(conn, farewell)]
        name = self.nicks.pop(conn, None)
        if name is not None:
            out += self._others(conn, f"* {name} left\n")
        self.closed.add(conn)
        self.buffers.pop(conn, None)
        return out

    def _line(self, conn, raw):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            return [(conn, b"ERR bad encoding\n")]
        if not line.strip():
            return []
        command, _, rest = line.partition(" ")
        if conn not in self.nicks:
            if command != "NICK":
                return [(conn, b"ERR send NICK first\n")]
            if not NICK_RE.fullmatch(rest):
                return [(conn, b"ERR bad nick\n")]
            if rest in self.nicks.values():
                return [(conn, b"ERR nick taken\n")]
            out = self._others(conn, f"* {rest} joined\n")
            self.nicks[conn] = rest
            return [(conn, f"OK welcome {rest}\n".encode("utf-8"))] + out
        if command == "MSG":
            return self._others(conn, f"{self.nicks[conn]}: {rest}\n")
        if command == "WHO":
            return [(conn, ("USERS " + ", ".join(sorted(self.nicks.values())) + "\n").encode())]
        if command == "QUIT":
            return self._close(conn, farewell=b"BYE\n")
        if command == "NICK":
            return [(conn, b"ERR already named\n")]
        return [(conn, b"ERR unknown command\n")]
