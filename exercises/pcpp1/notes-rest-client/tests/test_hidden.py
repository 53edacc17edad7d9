import json
import unittest
from urllib.parse import parse_qs, urlsplit

from solution import ApiError, Conflict, Invalid, NotesClient, NotFound, Unauthorized

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


class TestNotesClientHidden(unittest.TestCase):
    def test_bad_token(self):
        """a refused token raises Unauthorized"""
        client = NotesClient(NotesServer(), BASE, "expired")
        with self.assertRaises(Unauthorized) as caught:
            client.list_notes()
        self.assertEqual((caught.exception.status, caught.exception.message), (401, "bad token"))

    def test_server_error(self):
        """a 500 raises a plain ApiError with the status"""
        client = NotesClient(NotesServer(fail_with=500), BASE, TOKEN)
        with self.assertRaises(ApiError) as caught:
            client.get_note(1)
        self.assertEqual(type(caught.exception), ApiError)
        self.assertEqual(caught.exception.status, 500)
        self.assertEqual(str(caught.exception), "500: the database is down")

    def test_delete_twice_and_update_missing(self):
        """deleting twice, or updating a missing note, raises NotFound"""
        server = NotesServer()
        client = NotesClient(server, BASE + "/", TOKEN)
        client.create_note("Once")
        client.delete_note(1)
        with self.assertRaises(NotFound):
            client.delete_note(1)
        with self.assertRaises(NotFound):
            client.update_note(7, "Seven", "", [])
        self.assertEqual(server.requests[0][1], BASE + "/notes",
                         msg="a base URL ending with / does not double the slash")

    def test_tag_with_space_and_unicode(self):
        """tags are URL-encoded; bodies are UTF-8 JSON"""
        server = NotesServer()
        client = NotesClient(server, BASE, TOKEN)
        client.create_note("Crème brûlée", "sucre", ["to do"])
        self.assertEqual(json.loads(server.requests[-1][3].decode("utf-8"))["title"], "Crème brûlée")
        self.assertEqual([n["title"] for n in client.list_notes(tag="to do")], ["Crème brûlée"])
        self.assertEqual(urlsplit(server.requests[-1][1]).query, "tag=to+do")
        self.assertEqual(client.list_notes(tag="none"), [])

    def test_update_conflict(self):
        """renaming a note to another note's title raises Conflict"""
        client = NotesClient(NotesServer(), BASE, TOKEN)
        client.create_note("A")
        client.create_note("B")
        with self.assertRaises(Conflict):
            client.update_note(2, "A", "", [])
        self.assertEqual(client.update_note(2, "B", "kept", [])["body"], "kept")


if __name__ == "__main__":
    unittest.main()
