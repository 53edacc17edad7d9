import unittest
from datetime import date

from solution import city_tax_cents, nights, quote_cents


class TestFailureReport(unittest.TestCase):
    def test_reported_booking(self):
        """the reported booking: double room, 2 guests, 30 March to 2 April 2025"""
        price = quote_cents("double", 2, date(2025, 3, 30), date(2025, 4, 2))
        self.assertEqual(price, 28500,
                         msg="3 nights x 9000 + no weekend night + city tax 2 guests x 3 nights x 250")

    def test_nights_across_a_month_end(self):
        """30 March to 2 April is 3 nights"""
        self.assertEqual(nights(date(2025, 3, 30), date(2025, 4, 2)), 3,
                         msg="nights(date(2025, 3, 30), date(2025, 4, 2))")

    def test_city_tax_across_a_month_end(self):
        """the city tax of the reported booking"""
        self.assertEqual(city_tax_cents(2, date(2025, 3, 30), date(2025, 4, 2)), 1500,
                         msg="city_tax_cents(2, date(2025, 3, 30), date(2025, 4, 2)): 2 x 3 x 250")


class TestRegression(unittest.TestCase):
    def test_weekend_stay_inside_a_month(self):
        """a Friday-to-Sunday stay inside one month costs what it always did"""
        price = quote_cents("double", 1, date(2025, 3, 7), date(2025, 3, 9))
        self.assertEqual(price, 22500,
                         msg="2 nights x 9000 + 2 weekend nights x 2000 + city tax 1 x 2 x 250")

    def test_no_night_is_refused(self):
        """a stay without a night (same day, or check-out before check-in) is still refused"""
        with self.assertRaises(ValueError, msg="nights(date(2025, 3, 30), date(2025, 3, 30))"):
            nights(date(2025, 3, 30), date(2025, 3, 30))
        with self.assertRaises(ValueError, msg="quote_cents for check-out before check-in"):
            quote_cents("single", 1, date(2025, 3, 12), date(2025, 3, 10))


if __name__ == "__main__":
    unittest.main()
