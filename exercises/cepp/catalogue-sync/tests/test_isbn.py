"""catalogue.isbn: every ISBN becomes the same 13 digits."""

import unittest

from catalogue.isbn import InvalidIsbn, normalize


class TestIsbn(unittest.TestCase):
    def test_isbn13_with_hyphens_and_spaces(self):
        """An ISBN-13 loses its hyphens and spaces"""
        for raw in ["978-0-306-40615-7", "978 0 306 40615 7", "9780306406157"]:
            with self.subTest(raw=raw):
                self.assertEqual(normalize(raw), "9780306406157")

    def test_isbn10_becomes_isbn13(self):
        """An ISBN-10 becomes the ISBN-13 of the same book (978 prefix, new check digit)"""
        self.assertEqual(normalize("0-306-40615-2"), "9780306406157")
        self.assertEqual(normalize("080442957X"), "9780804429573")
        self.assertEqual(normalize("0-8044-2957-x"), "9780804429573")

    def test_bad_isbns_raise(self):
        """A wrong check digit or length raises InvalidIsbn, a ValueError"""
        for raw in ["9780306406158", "0306406153", "97803064061", "", "ISBN 0306406152", "030640615X"]:
            with self.subTest(raw=raw), self.assertRaises(InvalidIsbn):
                normalize(raw)
        self.assertTrue(issubclass(InvalidIsbn, ValueError))


if __name__ == "__main__":
    unittest.main()
