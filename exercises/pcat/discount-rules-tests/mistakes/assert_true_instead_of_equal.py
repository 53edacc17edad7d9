# Mistake: the prices are checked with self.assertTrue(price, expected).
# assertTrue takes ONE value (the second argument is only the failure
# message), so every non-zero price passes: a discount that is added instead
# of taken off, two discounts stacked, or a wrong rounding all survive.
# The tier checks work because they compare with ==, but assertEqual would
# also say WHICH value came back when one fails.
import unittest
from datetime import date

from discounts import coupon_percent, loyalty_tier, price_after_discount, round_cents

JAN_15 = date(2025, 1, 15)


class TestDiscounts(unittest.TestCase):
    def test_tiers(self):
        for points, tier in [(499, "basic"), (500, "silver"), (999, "silver"), (1000, "gold")]:
            with self.subTest(points=points):
                self.assertTrue(loyalty_tier(points) == tier)

    def test_coupons(self):
        self.assertTrue(coupon_percent("welcome10 ", today=JAN_15) == 10)
        self.assertTrue(coupon_percent("SPRING25", today=date(2025, 5, 31)) == 25)
        with self.assertRaises(ValueError):
            coupon_percent("BOGUS99", today=JAN_15)
        with self.assertRaises(ValueError):
            coupon_percent("SPRING25", today=date(2025, 6, 1))

    def test_prices(self):
        self.assertTrue(price_after_discount(100, "WELCOME10", today=JAN_15), 90.0)
        self.assertTrue(price_after_discount(100, "FRIENDS15", points=1000, today=JAN_15), 85.0)
        self.assertTrue(price_after_discount(24.95, "WELCOME10", today=JAN_15), 22.46)
        self.assertTrue(price_after_discount(20.05, "WELCOME10", today=JAN_15), 18.05)
        self.assertTrue(round_cents(0.125), 0.13)

    def test_empty_basket(self):
        self.assertTrue(price_after_discount(0) == 0.0)


if __name__ == "__main__":
    unittest.main()
