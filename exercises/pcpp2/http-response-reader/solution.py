"""Read raw HTTP/1.1 responses with the standard library's Internet modules."""
import base64
from email.parser import BytesHeaderParser
from http import HTTPStatus


def basic_auth(user, password):
    """The Authorization header value for HTTP Basic authentication."""
    token = base64.b64encode(f"{user}:{password}".encode("utf-8")).decode("ascii")
    return f"Basic {token}"


def dechunk(data):
    """Decode a body sent with Transfer-Encoding: chunked."""
    body = b""
    while True:
        size_line, data = data.split(b"\r\n", 1)
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            return body
        body += data[:size]
        data = data[size + 2:]  # skip the chunk and its CRLF


def parse_response(raw):
    """Split a raw response into status, headers and the decoded body."""
    head, _, payload = raw.partition(b"\r\n\r\n")
    status_line, _, header_block = head.partition(b"\r\n")
    version, code, *_ = status_line.decode("ascii").split(" ", 2)
    status = HTTPStatus(int(code))
    headers = BytesHeaderParser().parsebytes(header_block + b"\r\n\r\n")
    if headers.get("Transfer-Encoding", "").lower() == "chunked":
        payload = dechunk(payload)
    elif headers.get("Content-Length") is not None:
        payload = payload[:int(headers["Content-Length"])]
    charset = headers.get_content_charset() or "utf-8"
    return {
        "version": version,
        "status": status.value,
        "reason": status.phrase,
        "ok": 200 <= status.value < 300,
        "headers": {name.lower(): value for name, value in headers.items()},
        "content_type": headers.get_content_type(),
        "charset": charset,
        "body": payload.decode(charset),
    }
