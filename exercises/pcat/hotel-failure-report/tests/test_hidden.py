import unittest
from datetime import date

from solution import city_tax_cents, nights, quote_cents, weekend_nights


class TestHidden(unittest.TestCase):
    def test_new_year(self):
        """a stay across New Year"""
        self.assertEqual(nights(date(2024, 12, 30), date(2025, 1, 2)), 3,
                         msg="nights(date(2024, 12, 30), date(2025, 1, 2))")
        self.assertEqual(quote_cents("single", 1, date(2024, 12, 30), date(2025, 1, 2)), 20250,
                         msg="quote_cents('single', 1, date(2024, 12, 30), date(2025, 1, 2))")

    def test_leap_february(self):
        """a stay across the end of a leap-year February"""
        self.assertEqual(nights(date(2024, 2, 28), date(2024, 3, 1)), 2,
                         msg="nights(date(2024, 2, 28), date(2024, 3, 1))")
        self.assertEqual(quote_cents("double", 2, date(2024, 2, 28), date(2024, 3, 1)), 19000,
                         msg="quote_cents('double', 2, date(2024, 2, 28), date(2024, 3, 1))")

    def test_month_with_30_days(self):
        """a stay across the end of April"""
        self.assertEqual(nights(date(2025, 4, 29), date(2025, 5, 2)), 3,
                         msg="nights(date(2025, 4, 29), date(2025, 5, 2))")
        self.assertEqual(city_tax_cents(1, date(2025, 4, 29), date(2025, 5, 2)), 750,
                         msg="city_tax_cents(1, date(2025, 4, 29), date(2025, 5, 2))")

    def test_long_stay_tax_cap(self):
        """a 13-night stay across two months pays city tax for 7 nights"""
        self.assertEqual(city_tax_cents(4, date(2025, 1, 28), date(2025, 2, 10)), 7000,
                         msg="city_tax_cents(4, date(2025, 1, 28), date(2025, 2, 10))")
        self.assertEqual(weekend_nights(date(2025, 1, 28), date(2025, 2, 10)), 4,
                         msg="weekend_nights(date(2025, 1, 28), date(2025, 2, 10))")
        self.assertEqual(quote_cents("suite", 4, date(2025, 1, 28), date(2025, 2, 10)), 210000,
                         msg="quote_cents('suite', 4, date(2025, 1, 28), date(2025, 2, 10))")

    def test_reversed_stay_across_months(self):
        """check-out in the month BEFORE check-in is refused"""
        with self.assertRaises(ValueError, msg="nights(date(2025, 4, 2), date(2025, 3, 30))"):
            nights(date(2025, 4, 2), date(2025, 3, 30))

    def test_rooms_and_guests_unchanged(self):
        """unknown rooms and too many guests are still refused"""
        with self.assertRaises(ValueError, msg="quote_cents('penthouse', ...)"):
            quote_cents("penthouse", 1, date(2025, 3, 1), date(2025, 3, 2))
        with self.assertRaises(ValueError, msg="quote_cents('double', 3, ...)"):
            quote_cents("double", 3, date(2025, 3, 1), date(2025, 3, 2))


if __name__ == "__main__":
    unittest.main()
