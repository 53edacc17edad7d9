# Mistake: expects every recv() to return at least one whole line. TCP is a
# stream: a reply can arrive cut anywhere, so a line must be collected from
# several recv() calls until its CR LF is there.
"""A client for a POP3-style mailbox protocol, over a socket-like object."""

LINE_END = b"\r\n"


class ProtocolError(Exception):
    """The server refused a command (-ERR) or answered something unexpected."""


class MailboxClient:
    """Talks to the mailbox server through sock (socket.socket or a fake)."""

    def __init__(self, sock):
        self.sock = sock
        self.state = "disconnected"
        self._buffer = b""

    # -- the wire ---------------------------------------------------------
    def _read_line(self):
        """One line from the server, without its CR LF; recv() as often as needed."""
        if self._buffer:
            data, self._buffer = self._buffer, b""
        else:
            data = self.sock.recv(1024)
        if not data:
            self.state = "closed"
            raise ConnectionError("the server closed the connection")
        line, _, rest = data.partition(LINE_END)
        self._buffer = rest
        return line.decode("utf-8")

    def _reply(self):
        """The text after +OK of the next reply; ProtocolError on -ERR."""
        line = self._read_line()
        if line.startswith("-ERR"):
            raise ProtocolError(line[4:].strip())
        if not line.startswith("+OK"):
            raise ProtocolError(f"unexpected reply: {line}")
        return line[3:].strip()

    def _command(self, text):
        self.sock.sendall(text.encode("utf-8") + LINE_END)
        return self._reply()

    def _read_block(self):
        """The lines of a multi-line reply, up to the lone '.', un-stuffed."""
        lines = []
        while (line := self._read_line()) != ".":
            lines.append(line[1:] if line.startswith("..") else line)
        return lines

    def _require(self, state):
        if self.state != state:
            raise ProtocolError(f"this needs the {state} state, not {self.state}")

    # -- the commands -----------------------------------------------------
    def connect(self, host, port=110):
        """Connect and read the greeting; return its text."""
        self._require("disconnected")
        try:
            self.sock.connect((host, port))
        except ConnectionRefusedError as error:
            raise ConnectionError(f"{host}:{port} refused the connection") from error
        except TimeoutError as error:
            raise ConnectionError(f"{host}:{port} did not answer") from error
        greeting = self._reply()
        self.state = "authorization"
        return greeting

    def login(self, user, password):
        """USER then PASS; on success the client is in the transaction state."""
        self._require("authorization")
        self._command(f"USER {user}")
        self._command(f"PASS {password}")
        self.state = "transaction"

    def stat(self):
        """(number of messages, total size in bytes)."""
        self._require("transaction")
        count, size = self._command("STAT").split()[:2]
        return int(count), int(size)

    def list(self):
        """{message number: size in bytes}."""
        self._require("transaction")
        self._command("LIST")
        sizes = {}
        for line in self._read_block():
            number, size = line.split()
            sizes[int(number)] = int(size)
        return sizes

    def retrieve(self, number):
        """The text of a message, its lines joined with '\\n'."""
        self._require("transaction")
        self._command(f"RETR {number}")
        return "\n".join(self._read_block())

    def delete(self, number):
        """Mark a message for deletion."""
        self._require("transaction")
        self._command(f"DELE {number}")

    def quit(self):
        """QUIT, then close the socket whatever the server answers."""
        try:
            if self.state in ("authorization", "transaction"):
                self._command("QUIT")
        finally:
            self.sock.close()
            self.state = "closed"
