# Mistake: the clashing pairs are compared with assertEqual, in the order the
# bookings were written. The README says the pairs come in no particular
# order, and the correct module returns them in another one, so the test
# fails on it and nothing is counted. assertCountEqual ignores the order.
import unittest
from datetime import date

from stays import clashes, free_nights, nights_by_month, occupancy, parse_stay


class TestStays(unittest.TestCase):
    def test_parse(self):
        self.assertEqual(parse_stay("2025-07-01+4"), (date(2025, 7, 1), date(2025, 7, 5)))
        with self.assertRaisesRegex(ValueError, "at most 28 nights"):
            parse_stay("2025-07-01+29")

    def test_occupancy(self):
        self.assertAlmostEqual(occupancy(["2025-07-01+11"], 2025, 7), 11 / 31)

    def test_free_nights(self):
        self.assertIn(date(2025, 7, 5), free_nights(["2025-07-01+4"], 2025, 7))

    def test_clashes(self):
        bookings = {"B1": "2025-07-01..2025-07-05", "B2": "2025-07-05+3",
                    "B3": "2025-07-04+1", "A0": "2025-06-28+10"}
        self.assertEqual(clashes(bookings),
                         [("B1", "B3"), ("A0", "B1"), ("A0", "B2"), ("A0", "B3")])


if __name__ == "__main__":
    unittest.main()
