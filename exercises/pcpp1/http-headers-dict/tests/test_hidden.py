import unittest

from solution import Headers


class TestHeadersHidden(unittest.TestCase):
    def test_copy_is_headers(self):
        """copy() returns an independent Headers"""
        h = Headers({"host": "a"})
        c = h.copy()
        self.assertIsInstance(c, Headers)
        c["HOST"] = "b"
        self.assertEqual((h["host"], c["host"]), ("a", "b"))

    def test_delete_and_setdefault(self):
        """del and setdefault() ignore case"""
        h = Headers({"X-Request-Id": "7"})
        self.assertEqual(h.setdefault("x-request-id", "8"), "7")
        self.assertEqual(h.setdefault("x-trace", "t1"), "t1")
        del h["X-REQUEST-ID"]
        self.assertEqual(dict(h), {"X-Trace": "t1"})
        with self.assertRaises(KeyError):
            h["x-request-id"]

    def test_non_string_keys(self):
        """non-str keys raise TypeError; `in` answers False"""
        h = Headers()
        with self.assertRaises(TypeError):
            h[42] = "x"
        self.assertNotIn(42, h)

    def test_repr_and_pairs(self):
        """repr shows Headers({...}); a list of pairs is accepted"""
        h = Headers([("content-type", "application/json"), ("x-api-key", "k")])
        self.assertEqual(repr(h), "Headers({'Content-Type': 'application/json', 'X-Api-Key': 'k'})")

    def test_pop_default(self):
        """pop() with a default does not raise"""
        self.assertEqual(Headers().pop("etag", None), None)
        with self.assertRaises(KeyError):
            Headers().pop("etag")


if __name__ == "__main__":
    unittest.main()
