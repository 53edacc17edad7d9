"""Tests for the plugin manager's Version class (semver.py)."""
import unittest

from semver import Version


class TestConstruction(unittest.TestCase):
    def test_parts_and_defaults(self):
        v = Version(2, 10, 3)
        self.assertEqual((v.major, v.minor, v.patch), (2, 10, 3))
        self.assertEqual(Version(1), Version(1, 0, 0))

    def test_bad_parts(self):
        for parts in [(-1, 0, 0), (1, -1, 0), (1, 0, -2), (1.5, 0, 0), ("1", 0, 0), (True, 0, 0)]:
            with self.subTest(parts=parts):
                with self.assertRaises(ValueError):
                    Version(*parts)


class TestParse(unittest.TestCase):
    def test_good_texts(self):
        for text, parts in [("1.2.3", (1, 2, 3)), ("v0.10.0", (0, 10, 0)),
                            ("  12.0.7\n", (12, 0, 7)), ("0.0.0", (0, 0, 0))]:
            with self.subTest(text=text):
                v = Version.parse(text)
                self.assertEqual((v.major, v.minor, v.patch), parts)

    def test_bad_texts(self):
        for text in ["1.2", "1.2.3.4", "01.2.3", "1.02.3", "1.2.03", "a.b.c", "", "V1.2.3", "-1.2.3"]:
            with self.subTest(text=text):
                with self.assertRaises(ValueError):
                    Version.parse(text)

    def test_parse_returns_version(self):
        self.assertIsInstance(Version.parse("1.0.0"), Version)


class TestComparison(unittest.TestCase):
    def test_numeric_order(self):
        self.assertLess(Version(1, 9, 0), Version(1, 10, 0))
        self.assertLess(Version(1, 2, 9), Version(1, 2, 10))
        self.assertLess(Version(9, 9, 9), Version(10, 0, 0))
        self.assertGreater(Version(2, 0, 0), Version(1, 99, 99))

    def test_equal_versions(self):
        self.assertEqual(Version(1, 2, 3), Version.parse("v1.2.3"))
        self.assertNotEqual(Version(1, 2, 3), Version(1, 2, 4))
        self.assertNotEqual(Version(1, 2, 3), "1.2.3")
        self.assertFalse(Version(1, 2, 3) < Version(1, 2, 3))
        self.assertTrue(Version(1, 2, 3) <= Version(1, 2, 3))

    def test_sorting(self):
        texts = ["1.10.0", "1.9.0", "0.9.12", "1.9.1", "10.0.0", "2.0.0"]
        ordered = sorted(Version.parse(t) for t in texts)
        self.assertEqual([str(v) for v in ordered],
                         ["0.9.12", "1.9.0", "1.9.1", "1.10.0", "2.0.0", "10.0.0"])

    def test_hash(self):
        self.assertEqual(len({Version(1, 2, 3), Version.parse("1.2.3"), Version(1, 2, 4)}), 2)


class TestTextAndBump(unittest.TestCase):
    def test_str_and_repr(self):
        self.assertEqual(str(Version(3, 0, 12)), "3.0.12")
        self.assertEqual(repr(Version(3, 0, 12)), "Version('3.0.12')")

    def test_bump(self):
        v = Version(1, 4, 7)
        self.assertEqual(v.bump("patch"), Version(1, 4, 8))
        self.assertEqual(v.bump("minor"), Version(1, 5, 0))
        self.assertEqual(v.bump("major"), Version(2, 0, 0))
        self.assertEqual(v, Version(1, 4, 7))
        with self.assertRaises(ValueError):
            v.bump("build")


class TestAccepts(unittest.TestCase):
    def test_same_major(self):
        req = Version(2, 3, 0)
        for other, ok in [((2, 3, 0), True), ((2, 3, 5), True), ((2, 9, 0), True),
                          ((3, 0, 0), False), ((2, 2, 9), False), ((1, 9, 9), False)]:
            with self.subTest(other=other):
                self.assertIs(req.accepts(Version(*other)), ok)

    def test_zero_major(self):
        req = Version(0, 3, 1)
        for other, ok in [((0, 3, 1), True), ((0, 3, 9), True), ((0, 4, 0), False),
                          ((0, 3, 0), False), ((1, 3, 1), False)]:
            with self.subTest(other=other):
                self.assertIs(req.accepts(Version(*other)), ok)


if __name__ == "__main__":
    unittest.main()
