"""A small client for the Notes REST API, over an injectable HTTP transport."""
import json
from urllib.parse import quote, urlencode


class ApiError(Exception):
    """The API answered with an error status."""

    def __init__(self, status, message):
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message


class AuthError(ApiError):
    """401: the token is missing or wrong."""


class NotFound(ApiError):
    """404: no such note."""


class ValidationError(ApiError):
    """422: the server refused the data."""


ERRORS = {401: AuthError, 404: NotFound, 422: ValidationError}


class NotesClient:
    def __init__(self, base_url, token, transport):
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.transport = transport

    def _request(self, method, path, payload=None, retries=0):
        headers = {"Authorization": f"Bearer {self.token}", "Accept": "application/json"}
        body = b""
        if payload is not None:
            headers["Content-Type"] = "application/json"
            body = json.dumps(payload).encode("utf-8")
        for _ in range(retries + 1):
            status, _, data = self.transport(method, self.base_url + path, headers, body)
            if status != 503:
                break
        if 200 <= status < 300:
            return json.loads(data) if data else None
        try:
            message = json.loads(data)["error"]
        except (ValueError, KeyError, TypeError):
            message = data.decode("utf-8", "replace")
        raise ERRORS.get(status, ApiError)(status, message)

    def list(self, tag=None):
        path = "/notes" + (f"?{urlencode({'tag': tag})}" if tag is not None else "")
        return self._request("GET", path, retries=2)

    def get(self, note_id):
        return self._request("GET", f"/notes/{quote(str(note_id))}", retries=2)

    def create(self, title, text="", tags=()):
        return self._request("POST", "/notes", {"title": title, "text": text, "tags": list(tags)})

    def replace(self, note_id, title, text="", tags=()):
        return self._request("PUT", f"/notes/{quote(str(note_id))}",
                             {"title": title, "text": text, "tags": list(tags)})

    def delete(self, note_id):
        self._request("DELETE", f"/notes/{quote(str(note_id))}")
