# Mistake: raises the same ApiError for every error status: the caller
# cannot tell a missing note (404) from a clash (409) or an invalid note
# (422) with `except NotFound:`, and loses the fields of a 422.
"""A client for the Notes REST API, over an injected HTTP transport."""
import json
from urllib.parse import quote, urlencode


class ApiError(Exception):
    """The API answered with an error status."""

    def __init__(self, status, message):
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message


class Unauthorized(ApiError):
    """401: the token was refused."""


class NotFound(ApiError):
    """404: no such note."""


class Conflict(ApiError):
    """409: the change clashes with another note."""


class Invalid(ApiError):
    """422: the note is not valid; fields says why, field by field."""

    def __init__(self, status, message, fields):
        super().__init__(status, message)
        self.fields = fields


ERRORS = {401: Unauthorized, 404: NotFound, 409: Conflict}


class NotesClient:
    """CRUD on /notes: list, get, create, update, delete."""

    def __init__(self, transport, base_url, token):
        self.transport = transport
        self.base_url = base_url.rstrip("/")
        self.token = token

    def _request(self, method, path, payload=None, query=None):
        """Send one request; return the decoded JSON, or None for no content."""
        url = self.base_url + path
        if query:
            url += "?" + urlencode(query)
        headers = {"Authorization": f"Bearer {self.token}",
                   "Accept": "application/json"}
        body = None
        if payload is not None:
            headers["Content-Type"] = "application/json"
            body = json.dumps(payload).encode("utf-8")
        response = self.transport(method, url, headers=headers, body=body)
        status = response.status_code
        if 200 <= status < 300:
            return response.json() if response.content else None
        try:
            details = response.json()
        except ValueError:
            details = {}
        message = details.get("error", f"HTTP {status}")
        raise ApiError(status, message)

    @staticmethod
    def _note_path(note_id):
        return f"/notes/{quote(str(note_id))}"

    def list_notes(self, tag=None):
        """GET /notes, or only the notes with a tag."""
        return self._request("GET", "/notes",
                             query={"tag": tag} if tag is not None else None)

    def get_note(self, note_id):
        """GET /notes/<id>."""
        return self._request("GET", self._note_path(note_id))

    def create_note(self, title, body="", tags=()):
        """POST /notes; return the created note, with its id."""
        return self._request("POST", "/notes",
                             {"title": title, "body": body, "tags": list(tags)})

    def update_note(self, note_id, title, body, tags):
        """PUT /notes/<id>: replace the whole note; return it."""
        return self._request("PUT", self._note_path(note_id),
                             {"title": title, "body": body, "tags": list(tags)})

    def delete_note(self, note_id):
        """DELETE /notes/<id>."""
        self._request("DELETE", self._note_path(note_id))
