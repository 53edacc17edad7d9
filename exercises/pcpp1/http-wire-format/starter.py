"""HTTP/1.1 messages as bytes: build requests, parse responses."""


def build_request(method, host, path, headers=None, body=None):
    """Return the bytes of an HTTP/1.1 request."""
    # TODO: request line, Host, the headers, Content-Length, blank line, body
    return b""


def parse_response(data):
    """Split the bytes of an HTTP/1.1 response into a dict."""
    # TODO: version, status, reason, headers, body
    return {}
