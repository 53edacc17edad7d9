"""A client for the Notes REST API, over an injected HTTP transport."""
import json
from urllib.parse import urlencode


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
    # TODO: also keep the "fields" of the response in self.fields


class NotesClient:
    """CRUD on /notes: list, get, create, update, delete."""

    def __init__(self, transport, base_url, token):
        self.transport = transport
        self.base_url = base_url.rstrip("/")
        self.token = token

    # TODO: list_notes, get_note, create_note, update_note, delete_note
    #       (README.md): build each request, call self.transport(method, url,
    #       headers=..., body=...) and turn the response into a value or an
    #       exception.
