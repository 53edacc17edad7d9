import json
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


class TestNotesClientHidden(unittest.TestCase):
    def setUp(self):
        self.server = NotesServer()
        self.server.add("Groceries", "milk", ["home", "to do"])
        self.server.add("Sprint goals", "ship v2", ["work"])
        self.server.add("Paint", "", ["home"])

    def test_wrong_token(self):
        """401 becomes AuthError"""
        client = NotesClient(BASE, "wrong", self.server)
        with self.assertRaises(AuthError) as caught:
            client.list()
        self.assertEqual((caught.exception.status, caught.exception.message), (401, "bad token"))

    def test_tag_filter_is_url_encoded(self):
        """list(tag=...) puts the tag in the query string, encoded"""
        client = NotesClient(BASE + "/", TOKEN, self.server)
        self.assertEqual([n["id"] for n in client.list(tag="to do")], [1])
        self.assertEqual([n["id"] for n in client.list(tag="home")], [1, 3])
        self.assertNotIn(" ", self.server.requests[-2][1], msg="spaces in a URL must be encoded")

    def test_replace(self):
        """replace() PUTs the whole note"""
        client = NotesClient(BASE, TOKEN, self.server)
        note = client.replace(3, "Paint the fence", "white", ["home", "weekend"])
        self.assertEqual(note, {"id": 3, "title": "Paint the fence", "text": "white",
                                "tags": ["home", "weekend"]})
        method, url, headers, body = self.server.requests[-1]
        self.assertEqual(method, "PUT")
        self.assertEqual(json.loads(body), {"title": "Paint the fence", "text": "white",
                                            "tags": ["home", "weekend"]})
        with self.assertRaises(NotFound):
            client.replace(42, "x")

    def test_get_retries_on_503(self):
        """GET is retried up to twice after 503 Service Unavailable"""
        self.server.failures = 2
        client = NotesClient(BASE, TOKEN, self.server)
        self.assertEqual(client.get(1)["title"], "Groceries")
        self.assertEqual(len(self.server.requests), 3)

    def test_get_gives_up_after_three_tries(self):
        """three 503s in a row raise ApiError(503)"""
        self.server.failures = 3
        client = NotesClient(BASE, TOKEN, self.server)
        with self.assertRaises(ApiError) as caught:
            client.list()
        self.assertEqual(caught.exception.status, 503)
        self.assertEqual(len(self.server.requests), 3)

    def test_post_is_never_retried(self):
        """POST is not idempotent: one 503 is raised at once, no second note"""
        self.server.failures = 1
        client = NotesClient(BASE, TOKEN, self.server)
        with self.assertRaises(ApiError) as caught:
            client.create("Buy bread")
        self.assertEqual(caught.exception.status, 503)
        self.assertEqual(len(self.server.requests), 1)

    def test_unicode_round_trip(self):
        """titles with non-ASCII text survive the JSON round trip"""
        client = NotesClient(BASE, TOKEN, self.server)
        note = client.create("Crème brûlée ✓", "für Zoë")
        self.assertEqual(client.get(note["id"])["title"], "Crème brûlée ✓")

    def test_other_errors(self):
        """an unexpected status (405) is a plain ApiError"""
        client = NotesClient(BASE, TOKEN, self.server)
        client.transport = lambda m, u, h, b: (405, {}, b'{"error": "method not allowed"}')
        with self.assertRaises(ApiError) as caught:
            client.delete(1)
        self.assertEqual(type(caught.exception), ApiError)
        self.assertEqual(caught.exception.status, 405)


if __name__ == "__main__":
    unittest.main()
