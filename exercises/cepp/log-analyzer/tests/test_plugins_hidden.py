"""More of the plugin framework and the parser."""

import unittest

from logtool.plugins import REGISTRY, Plugin
from logtool.records import ParseError, parse_line


class TestHidden(unittest.TestCase):
    def tearDown(self):
        for name in [n for n in REGISTRY if n.startswith("test-")]:
            del REGISTRY[name]

    def test_a_taken_name_is_refused(self):
        """A second plugin with a taken name raises TypeError when it is defined"""
        with self.assertRaises(TypeError):
            class Again(Plugin):
                name = "status"

                def feed(self, record):
                    pass

                def rows(self):
                    return []
        self.assertEqual(REGISTRY["status"].__name__, "StatusPlugin")

    def test_an_intermediate_base_without_name_is_not_registered(self):
        """A subclass without its own name (a shared base) is not registered"""

        class Base(Plugin):
            def rows(self):
                return []

        class Leaf(Base):
            name = "test-leaf"

            def feed(self, record):
                pass

        self.assertNotIn(Base, REGISTRY.values())
        self.assertIs(REGISTRY["test-leaf"], Leaf)

    def test_parse_errors_are_chained(self):
        """A bad status raises ParseError (a ValueError) chained from the original error"""
        with self.assertRaises(ParseError) as caught:
            parse_line("2026-03-02T10:21:00 INFO GET /x OK 12ms")
        self.assertIsInstance(caught.exception, ValueError)
        self.assertIsInstance(caught.exception.__cause__, ValueError)

    def test_a_good_line(self):
        """parse_line fills every field of the Record"""
        r = parse_line("2026-03-02T10:21:00 ERROR POST /api/orders 503 41ms\n", "a.log", 7)
        self.assertEqual((r.file, r.line, r.time, r.level, r.method, r.path, r.status, r.ms),
                         ("a.log", 7, "2026-03-02T10:21:00", "ERROR", "POST", "/api/orders", 503, 41))


if __name__ == "__main__":
    unittest.main()
