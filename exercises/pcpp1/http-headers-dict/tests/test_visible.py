import unittest

from solution import Headers


class TestHeadersVisible(unittest.TestCase):
    def test_is_a_dict(self):
        """Headers is a dict subclass"""
        self.assertTrue(issubclass(Headers, dict))
        self.assertIsInstance(Headers(), dict)

    def test_keys_ignore_case(self):
        """any spelling of a key finds the same header"""
        h = Headers()
        h["content-type"] = "text/html"
        self.assertEqual(h["CONTENT-TYPE"], "text/html")
        self.assertIn("Content-type", h)
        self.assertEqual(list(h), ["Content-Type"])

    def test_constructor_and_update(self):
        """the constructor and update() normalise keys too"""
        h = Headers({"content-length": "42"}, x_custom="no", **{"ACCEPT": "*/*"})
        self.assertEqual(dict(h), {"Content-Length": "42", "X_custom": "no", "Accept": "*/*"})
        h.update({"accept": "text/csv"}, host="shop.example")
        self.assertEqual(h["Accept"], "text/csv")
        self.assertEqual(h["HOST"], "shop.example")
        self.assertEqual(len(h), 4)

    def test_get_and_pop(self):
        """get() and pop() ignore case"""
        h = Headers({"Cache-Control": "no-cache"})
        self.assertEqual(h.get("cache-control"), "no-cache")
        self.assertEqual(h.get("etag", "none"), "none")
        self.assertEqual(h.pop("CACHE-control"), "no-cache")
        self.assertEqual(len(h), 0)

    def test_add_combines_values(self):
        """add() joins repeated headers with ', '"""
        h = Headers()
        h.add("accept-encoding", "gzip")
        h.add("Accept-Encoding", "br")
        self.assertEqual(h, {"Accept-Encoding": "gzip, br"})


if __name__ == "__main__":
    unittest.main()
