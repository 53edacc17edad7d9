import json
import unittest
from urllib.parse import parse_qs, urlsplit

from solution import ApiError, Conflict, Invalid, NotesClient, NotFound

BASE = "https://api.notes.example/v1"
TOKEN = "tok-8f2a"


class Response:
    """What requests.request() returns, reduced to what the client needs."""

    def __init__(self, status_code, data=None, headers=None):
        self.status_code = status_code
        self.headers = dict(headers or {})
        self.content = b"" if data is None else json.dumps(data).encode("utf-8")
        if data is not None:
            self.headers.setdefault("Content-Type", "application/json")

    def json(self):
        return json.loads(self.content.decode("utf-8"))


class NotesServer:
    """An in-memory Notes API; call it like requests.request(method, url, ...)."""

    def __init__(self, fail_with=None):
        self.notes = {}
        self.next_id = 1
        self.requests = []
        self.fail_with = fail_with

    def __call__(self, method, url, headers=None, body=None):
        headers = dict(headers or {})
        self.requests.append((method, url, headers, body))
        if self.fail_with is not None:
            return Response(self.fail_with, {"error": "the database is down"})
        if headers.get("Authorization") != f"Bearer {TOKEN}":
            return Response(401, {"error": "bad token"})
        if not url.startswith(BASE + "/"):
            return Response(404, {"error": "no such endpoint"})
        parts = urlsplit(url[len(BASE):])
        path = parts.path.strip("/").split("/")
        payload = None
        if body is not None:
            if headers.get("Content-Type") != "application/json":
                return Response(415, {"error": "send JSON"})
            payload = json.loads(body.decode("utf-8"))
        if path == ["notes"]:
            if method == "GET":
                tag = parse_qs(parts.query).get("tag", [None])[0]
                notes = [n for n in self.notes.values() if tag is None or tag in n["tags"]]
                return Response(200, notes)
            if method == "POST":
                return self.save(None, payload)
        elif len(path) == 2 and path[0] == "notes":
            note_id = int(path[1]) if path[1].isdigit() else None
            if note_id not in self.notes:
                return Response(404, {"error": f"note {path[1]} not found"})
            if method == "GET":
                return Response(200, self.notes[note_id])
            if method == "PUT":
                return self.save(note_id, payload)
            if method == "DELETE":
                del self.notes[note_id]
                return Response(204)
        return Response(405, {"error": "method not allowed"})

    def save(self, note_id, payload):
        fields = {}
        title = (payload or {}).get("title")
        if not isinstance(title, str) or not title.strip():
            fields["title"] = "must not be empty"
        if not isinstance((payload or {}).get("tags", []), list):
            fields["tags"] = "must be a list"
        if fields:
            return Response(422, {"error": "invalid note", "fields": fields})
        for other in self.notes.values():
            if other["title"] == title and other["id"] != note_id:
                return Response(409, {"error": f"a note titled {title!r} already exists"})
        created = note_id is None
        if created:
            note_id = self.next_id
            self.next_id += 1
        note = {"id": note_id, "title": title, "body": payload.get("body", ""),
                "tags": payload.get("tags", [])}
        self.notes[note_id] = note
        if created:
            return Response(201, note, {"Location": f"{BASE}/notes/{note_id}"})
        return Response(200, note)


class TestNotesClient(unittest.TestCase):
    def setUp(self):
        self.server = NotesServer()
        self.client = NotesClient(self.server, BASE, TOKEN)

    def test_create_sends_json(self):
        """create_note POSTs JSON with the token and returns the new note (201)"""
        note = self.client.create_note("Groceries", "oat milk, lentils", ["home"])
        self.assertEqual(note, {"id": 1, "title": "Groceries", "body": "oat milk, lentils",
                                "tags": ["home"]})
        method, url, headers, body = self.server.requests[-1]
        self.assertEqual((method, url), ("POST", BASE + "/notes"))
        self.assertEqual(headers.get("Authorization"), "Bearer " + TOKEN)
        self.assertEqual(headers.get("Content-Type"), "application/json")
        self.assertIsInstance(body, bytes, msg="the body is sent as bytes")
        self.assertEqual(json.loads(body), {"title": "Groceries", "body": "oat milk, lentils",
                                            "tags": ["home"]})

    def test_get_and_list(self):
        """get_note and list_notes, with and without a tag"""
        self.client.create_note("Groceries", tags=["home"])
        self.client.create_note("Sprint review", "demo the export", ["work"])
        self.assertEqual(self.client.get_note(2)["title"], "Sprint review")
        self.assertEqual([n["id"] for n in self.client.list_notes()], [1, 2])
        self.assertEqual([n["id"] for n in self.client.list_notes(tag="work")], [2])
        self.assertEqual(self.server.requests[-1][:2], ("GET", BASE + "/notes?tag=work"))

    def test_not_found(self):
        """a 404 raises NotFound with the server's message"""
        with self.assertRaises(NotFound) as caught:
            self.client.get_note(42)
        self.assertEqual(caught.exception.status, 404)
        self.assertEqual(caught.exception.message, "note 42 not found")
        self.assertIsInstance(caught.exception, ApiError, msg="NotFound is an ApiError")

    def test_conflict_and_invalid(self):
        """409 raises Conflict, 422 raises Invalid with the fields"""
        self.client.create_note("Groceries")
        with self.assertRaises(Conflict) as caught:
            self.client.create_note("Groceries", "again")
        self.assertEqual(caught.exception.message, "a note titled 'Groceries' already exists")
        with self.assertRaises(Invalid) as caught:
            self.client.create_note("   ")
        self.assertEqual(caught.exception.status, 422)
        self.assertEqual(caught.exception.fields, {"title": "must not be empty"})

    def test_update_and_delete(self):
        """PUT replaces a note (200); DELETE removes it (204, no body)"""
        self.client.create_note("Groceries", "milk", ["home"])
        updated = self.client.update_note(1, "Groceries", "milk, bread", ["home", "weekly"])
        self.assertEqual(updated["body"], "milk, bread")
        self.assertEqual(self.server.requests[-1][:2], ("PUT", BASE + "/notes/1"))
        self.assertIsNone(self.client.delete_note(1), msg="delete_note returns None")
        self.assertEqual(self.server.requests[-1][:2], ("DELETE", BASE + "/notes/1"))
        self.assertIsNone(self.server.requests[-1][3], msg="a DELETE has no body")
        self.assertEqual(self.server.notes, {})


if __name__ == "__main__":
    unittest.main()
