# Read raw HTTP/1.1 responses (see the README): base64 for Basic auth,
# http.HTTPStatus for the status, email.parser for the headers.
import base64
from email.parser import BytesHeaderParser
from http import HTTPStatus


def basic_auth(user, password):
    # TODO: "Basic " + base64 of "user:password" in UTF-8
    return f"Basic {user}:{password}"


def parse_response(raw):
    # TODO: status line, headers, body (chunked or Content-Length), charset
    head, _, payload = raw.partition(b"\r\n\r\n")
    return {"status": 0, "body": payload.decode("utf-8", "replace")}
