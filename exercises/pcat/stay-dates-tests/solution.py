"""Tests for the Lakeside Cottage booking calendar (stays.py)."""
import unittest
from datetime import date

from stays import clashes, free_nights, nights_by_month, occupancy, parse_stay


class TestParseStay(unittest.TestCase):
    def test_both_forms_give_the_same_dates(self):
        expected = (date(2025, 7, 1), date(2025, 7, 5))
        self.assertEqual(parse_stay("2025-07-01..2025-07-05"), expected)
        self.assertEqual(parse_stay("2025-07-01+4"), expected)
        self.assertEqual(parse_stay("  2025-07-01+4 \n"), expected)

    def test_longest_stay_is_28_nights(self):
        arrival, departure = parse_stay("2025-02-01+28")
        self.assertEqual((departure - arrival).days, 28)

    def test_bad_stays_are_refused_with_a_clear_message(self):
        table = [
            ("2025-07-01..2025-07-01", r"departure 2025-07-01 is not after arrival"),
            ("2025-07-05..2025-07-01", r"is not after arrival 2025-07-05"),
            ("2025-07-01+0", r"not after arrival"),
            ("2025-07-01+29", r"at most 28 nights, not 29"),
            ("2025-13-01+2", r"bad date '2025-13-01': use YYYY-MM-DD"),
            ("2025-07-01..tomorrow", r"bad date 'tomorrow'"),
            ("2025-07-01+two", r"bad number of nights 'two'"),
            ("2025-07-01", r"use ARRIVAL\.\.DEPARTURE or ARRIVAL\+NIGHTS"),
            ("", r"bad stay"),
        ]
        for text, message in table:
            with self.subTest(text=text):
                with self.assertRaisesRegex(ValueError, message):
                    parse_stay(text)


class TestNightsByMonth(unittest.TestCase):
    def test_a_stay_inside_one_month(self):
        self.assertDictEqual(nights_by_month("2025-07-01+4"), {"2025-07": 4})

    def test_a_stay_over_the_end_of_the_month_is_split(self):
        self.assertDictEqual(nights_by_month("2025-07-30..2025-08-02"),
                             {"2025-07": 2, "2025-08": 1})

    def test_new_year_and_leap_day(self):
        self.assertDictEqual(nights_by_month("2023-12-31+1"), {"2023-12": 1})
        self.assertDictEqual(nights_by_month("2024-02-28..2024-03-01"), {"2024-02": 2})


class TestOccupancy(unittest.TestCase):
    def test_nights_of_a_31_day_month(self):
        stays = ["2025-07-01..2025-07-10", "2025-07-20+2"]
        self.assertAlmostEqual(occupancy(stays, 2025, 7), 11 / 31)

    def test_overlapping_stays_count_each_night_once(self):
        stays = ["2025-07-01..2025-07-10", "2025-07-05+3"]
        self.assertAlmostEqual(occupancy(stays, 2025, 7), 9 / 31)

    def test_only_the_nights_inside_the_month_count(self):
        stays = ["2025-06-29..2025-07-02", "2024-02-27+5"]
        self.assertAlmostEqual(occupancy(stays, 2025, 7), 1 / 31)
        self.assertAlmostEqual(occupancy(stays, 2024, 2), 3 / 29)
        self.assertAlmostEqual(occupancy(stays, 2025, 6), 2 / 30)

    def test_empty_calendar(self):
        self.assertEqual(occupancy([], 2025, 7), 0.0)


class TestFreeNights(unittest.TestCase):
    def test_the_departure_day_is_free_again(self):
        free = free_nights(["2025-07-01..2025-07-05"], 2025, 7)
        self.assertIn(date(2025, 7, 5), free)
        self.assertNotIn(date(2025, 7, 4), free)
        self.assertNotIn(date(2025, 7, 1), free)
        self.assertEqual(len(free), 27)

    def test_a_full_month(self):
        self.assertEqual(free_nights(["2025-02-01+28"], 2025, 2), [])


class TestClashes(unittest.TestCase):
    def test_changeover_day_is_not_a_clash(self):
        bookings = {"B1": "2025-07-01..2025-07-05", "B2": "2025-07-05+3"}
        self.assertEqual(clashes(bookings), [])

    def test_every_overlapping_pair_is_reported(self):
        bookings = {
            "B1": "2025-07-01..2025-07-05",
            "B2": "2025-07-05+3",
            "B3": "2025-07-04+1",
            "A0": "2025-06-28+10",
        }
        self.assertCountEqual(clashes(bookings),
                              [("A0", "B1"), ("A0", "B2"), ("A0", "B3"), ("B1", "B3")])

    def test_no_bookings_no_clashes(self):
        self.assertEqual(clashes({}), [])


if __name__ == "__main__":
    unittest.main()
