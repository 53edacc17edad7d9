# A client for the Notes REST API over an injected transport (see the README).
import json
from urllib.parse import quote, urlencode


class ApiError(Exception):
    def __init__(self, status, message):
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message


class AuthError(ApiError):
    pass


class NotFound(ApiError):
    pass


class ValidationError(ApiError):
    pass


class NotesClient:
    def __init__(self, base_url, token, transport):
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.transport = transport

    def list(self, tag=None):
        # TODO: GET /notes (or /notes?tag=...), headers, status check, retries
        status, headers, body = self.transport("GET", self.base_url + "/notes", {}, b"")
        return json.loads(body)

    def get(self, note_id):
        return None  # TODO: GET /notes/<id>

    def create(self, title, text="", tags=()):
        return None  # TODO: POST /notes with a JSON body

    def replace(self, note_id, title, text="", tags=()):
        return None  # TODO: PUT /notes/<id>

    def delete(self, note_id):
        pass  # TODO: DELETE /notes/<id>
