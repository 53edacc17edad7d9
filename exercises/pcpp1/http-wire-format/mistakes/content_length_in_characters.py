# Mistake: Content-Length counts the characters of the text body instead of
# the bytes sent: "marée" has 5 characters but 6 bytes in UTF-8, so the
# server waits for one more byte, or cuts the next request.
"""HTTP/1.1 messages as bytes: build requests, parse responses."""

CRLF = "\r\n"


def build_request(method, host, path, headers=None, body=None):
    """Return the bytes of an HTTP/1.1 request.

    The request line, then Host, then the given headers in their order, then
    Content-Length when there is a body (unless it was given), a blank line
    and the body encoded in UTF-8.
    """
    payload = body.encode("utf-8") if isinstance(body, str) else body
    lines = [f"{method.upper()} {path} HTTP/1.1", f"Host: {host}"]
    given = dict(headers or {})
    for name, value in given.items():
        lines.append(f"{name}: {value}")
    if payload is not None and not any(
            name.lower() == "content-length" for name in given):
        lines.append(f"Content-Length: {len(body)}")
    head = (CRLF.join(lines) + CRLF + CRLF).encode("ascii")
    return head + (payload or b"")


def decode_chunked(data):
    """Join the chunks of a body sent with Transfer-Encoding: chunked."""
    body = b""
    while True:
        size_line, _, data = data.partition(b"\r\n")
        size = int(size_line.split(b";")[0].strip(), 16)
        if size == 0:
            return body
        body += data[:size]
        data = data[size + 2:]  # the chunk and its CRLF


def charset_of(content_type):
    """The charset parameter of a Content-Type header, utf-8 by default."""
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset":
            return value.strip('"').lower()
    return "utf-8"


def parse_response(data):
    """Split the bytes of an HTTP/1.1 response into a dict.

    Keys: version, status (int), reason, headers (lower-case names; repeated
    headers joined with ", ") and body (decoded text).
    """
    head, separator, rest = data.partition(b"\r\n\r\n")
    if not separator:
        raise ValueError("no blank line after the headers")
    lines = head.decode("iso-8859-1").split(CRLF)
    version, _, rest_of_line = lines[0].partition(" ")
    status, _, reason = rest_of_line.partition(" ")
    if not version.startswith("HTTP/") or not status.isdigit() or len(status) != 3:
        raise ValueError(f"not a status line: {lines[0]!r}")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        name = name.strip().lower()
        value = value.strip()
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    if "chunked" in headers.get("transfer-encoding", "").lower():
        raw = decode_chunked(rest)
    elif "content-length" in headers:
        raw = rest[:int(headers["content-length"])]
    else:
        raw = rest
    charset = charset_of(headers.get("content-type", ""))
    return {"version": version, "status": int(status), "reason": reason,
            "headers": headers, "body": raw.decode(charset)}
