# Mistake: the errors are checked with assertRaises(ValueError) only. A bad
# date still raises a ValueError when the module's own message is lost (the
# guest would read "Invalid isoformat string" instead of "use YYYY-MM-DD"),
# so that bug survives: assertRaisesRegex checks the message too.
import unittest
from datetime import date

from stays import clashes, free_nights, nights_by_month, occupancy, parse_stay


class TestParseStay(unittest.TestCase):
    def test_both_forms(self):
        expected = (date(2025, 7, 1), date(2025, 7, 5))
        self.assertEqual(parse_stay("2025-07-01..2025-07-05"), expected)
        self.assertEqual(parse_stay("2025-07-01+4"), expected)
        self.assertEqual(parse_stay("2025-02-01+28")[1], date(2025, 3, 1))

    def test_bad_stays(self):
        for text in ["2025-07-01..2025-07-01", "2025-07-01+29", "2025-13-01+2",
                     "2025-07-01+two", "2025-07-01"]:
            with self.subTest(text=text):
                with self.assertRaises(ValueError):
                    parse_stay(text)


class TestCalendar(unittest.TestCase):
    def test_nights_by_month(self):
        self.assertDictEqual(nights_by_month("2025-07-30..2025-08-02"),
                             {"2025-07": 2, "2025-08": 1})

    def test_occupancy(self):
        stays = ["2025-07-01..2025-07-10", "2025-07-05+3"]
        self.assertAlmostEqual(occupancy(stays, 2025, 7), 9 / 31)

    def test_free_nights(self):
        free = free_nights(["2025-07-01..2025-07-05"], 2025, 7)
        self.assertIn(date(2025, 7, 5), free)
        self.assertNotIn(date(2025, 7, 4), free)

    def test_clashes(self):
        bookings = {"B1": "2025-07-01..2025-07-05", "B2": "2025-07-05+3",
                    "B3": "2025-07-04+1", "A0": "2025-06-28+10"}
        self.assertCountEqual(clashes(bookings),
                              [("A0", "B1"), ("A0", "B2"), ("A0", "B3"), ("B1", "B3")])


if __name__ == "__main__":
    unittest.main()
