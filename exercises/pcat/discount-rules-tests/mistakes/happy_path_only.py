# Mistake: the tests only try ordinary, comfortable inputs (100 euros, 2000
# points, a code typed in capitals well before it expires). They pass on the
# correct module, but no test sits on a boundary (500/1000 points, a coupon's
# last day), none checks an error or a half cent, so most bugs survive.
import unittest
from datetime import date

from discounts import coupon_percent, loyalty_tier, price_after_discount

JAN_15 = date(2025, 1, 15)


class TestDiscounts(unittest.TestCase):
    def test_full_price_without_discount(self):
        self.assertEqual(price_after_discount(40.0), 40.0)

    def test_welcome_coupon(self):
        self.assertEqual(price_after_discount(100.0, "WELCOME10", today=JAN_15), 90.0)

    def test_spring_coupon_percent(self):
        self.assertEqual(coupon_percent("SPRING25", today=JAN_15), 25)

    def test_tiers(self):
        self.assertEqual(loyalty_tier(100), "basic")
        self.assertEqual(loyalty_tier(700), "silver")
        self.assertEqual(loyalty_tier(2000), "gold")

    def test_gold_customer(self):
        self.assertEqual(price_after_discount(50.0, points=2000), 45.0)


if __name__ == "__main__":
    unittest.main()
