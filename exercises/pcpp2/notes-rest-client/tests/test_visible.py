import unittest

from solution import ApiError, AuthError, NotesClient, NotFound, ValidationError

import json
from urllib.parse import parse_qs, urlsplit

BASE = "https://notes.example.com/api/v1"
TOKEN = "t0ken-42"


class NotesServer:
    """An in-memory Notes API: call it like a transport."""

    def __init__(self, failures=0):
        self.notes = {}
        self.next_id = 1
        self.requests = []
        self.failures = failures  # answer 503 to this many requests first

    def add(self, title, text="", tags=()):
        note = {"id": self.next_id, "title": title, "text": text, "tags": list(tags)}
        self.notes[self.next_id] = note
        self.next_id += 1
        return note

    @staticmethod
    def reply(status, obj=None, headers=None):
        body = b"" if obj is None else json.dumps(obj).encode("utf-8")
        head = {"Content-Type": "application/json"} if obj is not None else {}
        head.update(headers or {})
        return status, head, body

    def __call__(self, method, url, headers, body):
        self.requests.append((method, url, dict(headers), body))
        if self.failures:
            self.failures -= 1
            return self.reply(503, {"error": "try again"})
        if headers.get("Authorization") != f"Bearer {TOKEN}":
            return self.reply(401, {"error": "bad token"})
        parts = urlsplit(url)
        if not url.startswith(BASE + "/notes"):
            return self.reply(404, {"error": "no such endpoint"})
        rest = parts.path[len(urlsplit(BASE).path) + len("/notes"):]
        data = None
        if body:
            if headers.get("Content-Type") != "application/json":
                return self.reply(415, {"error": "send JSON"})
            data = json.loads(body.decode("utf-8"))
        if rest == "":
            if method == "GET":
                tag = parse_qs(parts.query).get("tag", [None])[0]
                notes = [n for n in self.notes.values() if tag is None or tag in n["tags"]]
                return self.reply(200, notes)
            if method == "POST":
                if not data or not str(data.get("title", "")).strip():
                    return self.reply(422, {"error": "title is required"})
                note = self.add(data["title"], data.get("text", ""), data.get("tags", []))
                location = f"{BASE}/notes/{note['id']}"
                return self.reply(201, note, {"Location": location})
            return self.reply(405, {"error": "method not allowed"})
        try:
            note_id = int(rest.strip("/"))
        except ValueError:
            return self.reply(404, {"error": "no such note"})
        if note_id not in self.notes:
            return self.reply(404, {"error": "no such note"})
        if method == "GET":
            return self.reply(200, self.notes[note_id])
        if method == "PUT":
            if not data or not str(data.get("title", "")).strip():
                return self.reply(422, {"error": "title is required"})
            note = {"id": note_id, "title": data["title"], "text": data.get("text", ""),
                    "tags": data.get("tags", [])}
            self.notes[note_id] = note
            return self.reply(200, note)
        if method == "DELETE":
            del self.notes[note_id]
            return self.reply(204)
        return self.reply(405, {"error": "method not allowed"})


class TestNotesClient(unittest.TestCase):
    def setUp(self):
        self.server = NotesServer()
        self.server.add("Groceries", "milk, eggs", ["home"])
        self.server.add("Sprint goals", "ship v2", ["work"])
        self.client = NotesClient(BASE, TOKEN, self.server)

    def test_list_and_get(self):
        """list() and get() send GET requests and return the decoded JSON"""
        self.assertEqual([n["title"] for n in self.client.list()], ["Groceries", "Sprint goals"])
        self.assertEqual(self.client.get(2),
                         {"id": 2, "title": "Sprint goals", "text": "ship v2", "tags": ["work"]})
        method, url, headers, body = self.server.requests[-1]
        self.assertEqual((method, url), ("GET", BASE + "/notes/2"), msg="the request get(2) sent")
        self.assertEqual(headers.get("Authorization"), "Bearer t0ken-42", msg="Authorization header")
        self.assertEqual(headers.get("Accept"), "application/json", msg="Accept header")

    def test_create(self):
        """create() POSTs JSON and returns the note the server made (201)"""
        note = self.client.create("Call the plumber", "before Friday", ["home", "urgent"])
        self.assertEqual(note, {"id": 3, "title": "Call the plumber", "text": "before Friday",
                                "tags": ["home", "urgent"]})
        method, url, headers, body = self.server.requests[-1]
        self.assertEqual((method, url), ("POST", BASE + "/notes"))
        self.assertEqual(headers.get("Content-Type"), "application/json",
                         msg="a request with a JSON body needs Content-Type: application/json")

    def test_not_found(self):
        """404 becomes NotFound, with the status and the server's message"""
        with self.assertRaises(NotFound) as caught:
            self.client.get(99)
        self.assertEqual(caught.exception.status, 404)
        self.assertEqual(caught.exception.message, "no such note")
        self.assertIsInstance(caught.exception, ApiError)

    def test_validation_error(self):
        """422 becomes ValidationError"""
        with self.assertRaises(ValidationError) as caught:
            self.client.create("   ")
        self.assertEqual(caught.exception.message, "title is required")

    def test_delete(self):
        """delete() sends DELETE, returns None (204 has no body); a second delete is a 404"""
        self.assertIsNone(self.client.delete(1))
        self.assertEqual([n["id"] for n in self.client.list()], [2])
        with self.assertRaises(NotFound):
            self.client.delete(1)


if __name__ == "__main__":
    unittest.main()
