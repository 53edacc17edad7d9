"""catalogue.validate and catalogue.sources."""

import unittest

from catalogue.isbn import InvalidIsbn
from catalogue.sources import read_csv, read_feed
from catalogue.validate import RecordError, clean

RAW = {"isbn": "0-306-40615-2", "title": "T", "author": "A", "year": "1999",
       "updated": "2026-01-05"}


class TestRecords(unittest.TestCase):
    def test_clean_converts_types(self):
        """clean() gives an int year, a 13-digit isbn and copies only when given"""
        self.assertEqual(clean(RAW), {"isbn": "9780306406157", "title": "T", "author": "A",
                                      "year": 1999, "updated": "2026-01-05"})
        self.assertEqual(clean(dict(RAW, copies="0"))["copies"], 0)

    def test_errors_are_chained(self):
        """A bad isbn raises RecordError('bad isbn') from the InvalidIsbn"""
        with self.assertRaises(RecordError) as caught:
            clean(dict(RAW, isbn="123"))
        self.assertEqual(str(caught.exception), "bad isbn")
        self.assertIsInstance(caught.exception.__cause__, InvalidIsbn)

    def test_year_bounds(self):
        """Years 1450 to 2026 are accepted, 1449 and 2027 are not"""
        for year in ["1450", "2026"]:
            self.assertEqual(clean(dict(RAW, year=year))["year"], int(year))
        for year in ["1449", "2027", "", "19.5"]:
            with self.subTest(year=year), self.assertRaises(RecordError):
                clean(dict(RAW, year=year))

    def test_first_failing_rule_wins(self):
        """With a missing title and a bad year, the detail is 'missing title'"""
        with self.assertRaises(RecordError) as caught:
            clean(dict(RAW, title="", year="x", updated="never"))
        self.assertEqual(str(caught.exception), "missing title")

    def test_read_feed_and_csv(self):
        """read_feed joins authors; read_csv numbers rows from line 2"""
        feed = list(read_feed("/data/feed-march.xml"))
        self.assertEqual(feed[2][0], "feed:3")
        self.assertEqual(feed[2][1]["author"], "Kei Mori; Ana Silva")
        rows = list(read_csv("/data/branch-north.csv"))
        self.assertEqual(rows[0][0], "csv:2")
        self.assertEqual(rows[-1][1]["author"], "Holm, Greta")


if __name__ == "__main__":
    unittest.main()
