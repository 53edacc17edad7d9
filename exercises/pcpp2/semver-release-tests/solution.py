"""Tests of the release tool's version rules (versions.py)."""
import unittest

from versions import bump, parse, satisfies


class TestParse(unittest.TestCase):
    def test_plain_and_prefixed(self):
        for text, expected in [("1.4.2", (1, 4, 2)), ("v1.4.2", (1, 4, 2)),
                               ("0.0.0", (0, 0, 0)), ("10.20.30", (10, 20, 30)),
                               ("  2.0.1\n", (2, 0, 1))]:
            with self.subTest(text=text):
                self.assertEqual(parse(text), expected)

    def test_refused(self):
        for text in ["1.4", "1.4.2.0", "01.2.3", "1.02.3", "1.2.03", "-1.2.3", "1.2.x",
                     "", "V1.2.3", "1.2.3-rc1"]:
            with self.subTest(text=text):
                with self.assertRaises(ValueError):
                    parse(text)


class TestBump(unittest.TestCase):
    def test_parts(self):
        for version, part, expected in [("1.4.3", "patch", "1.4.4"),
                                        ("1.4.3", "minor", "1.5.0"),
                                        ("1.4.3", "major", "2.0.0"),
                                        ("v0.9.9", "patch", "0.9.10"),
                                        ("0.9.9", "minor", "0.10.0"),
                                        ("9.9.9", "major", "10.0.0")]:
            with self.subTest(version=version, part=part):
                self.assertEqual(bump(version, part), expected)

    def test_unknown_part(self):
        with self.assertRaises(ValueError):
            bump("1.0.0", "build")
        with self.assertRaises(ValueError):
            bump("1.0.0", "Patch")


class TestSatisfies(unittest.TestCase):
    def check(self, table):
        for version, requirement, expected in table:
            with self.subTest(version=version, requirement=requirement):
                self.assertIs(satisfies(version, requirement), expected)

    def test_exact(self):
        self.check([("1.4.0", "1.4.0", True), ("1.4.1", "1.4.0", False),
                    ("v1.4.0", "1.4.0", True)])

    def test_caret(self):
        self.check([("1.4.0", "^1.4.0", True), ("1.9.7", "^1.4.0", True),
                    ("1.10.0", "^1.9.0", True), ("1.3.9", "^1.4.0", False),
                    ("2.0.0", "^1.4.0", False), ("0.3.1", "^0.3.1", True),
                    ("0.3.9", "^0.3.1", True), ("0.4.0", "^0.3.1", False),
                    ("0.3.0", "^0.3.1", False), ("0.0.3", "^0.0.3", True),
                    ("0.0.4", "^0.0.3", False)])

    def test_tilde(self):
        self.check([("1.4.0", "~1.4.0", True), ("1.4.9", "~1.4.2", True),
                    ("1.4.1", "~1.4.2", False), ("1.5.0", "~1.4.0", False),
                    ("2.4.0", "~1.4.0", False)])


if __name__ == "__main__":
    unittest.main()
