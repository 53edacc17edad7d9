# Write unittest tests for the cottage's booking calendar (see the README).
# Your tests must pass on the real stays.py and fail on each buggy copy of
# it. Use the assertion that fits each result: assertRaisesRegex for error
# messages, assertAlmostEqual for fractions, assertDictEqual for the
# per-month counts, assertCountEqual for pairs in no particular order,
# assertIn / assertNotIn for "is this night free?".
import unittest
from datetime import date

from stays import clashes, free_nights, nights_by_month, occupancy, parse_stay


class TestParseStay(unittest.TestCase):
    def test_both_forms_give_the_same_dates(self):
        expected = (date(2025, 7, 1), date(2025, 7, 5))
        self.assertEqual(parse_stay("2025-07-01..2025-07-05"), expected)
        self.assertEqual(parse_stay("2025-07-01+4"), expected)

    # TODO: bad stays raise ValueError WITH the right message (assertRaisesRegex):
    #       zero nights, departure before arrival, 29 nights, a bad date...
    # TODO: nights_by_month (assertDictEqual), also across the end of a month
    # TODO: occupancy (assertAlmostEqual), in a 31-day month, with overlaps
    # TODO: free_nights (assertIn / assertNotIn): the departure day is free
    # TODO: clashes (assertCountEqual): changeover days, several pairs


if __name__ == "__main__":
    unittest.main()
