# Mistake: a wrong expectation. The test claims a coupon is already refused
# ON its last day (2025-05-31 for SPRING25), but the README says a code can
# be used up to and including that day. The suite fails on the correct
# module, so none of the bugs it would catch can be counted.
import unittest
from datetime import date

from discounts import coupon_percent, loyalty_tier, price_after_discount, round_cents

JAN_15 = date(2025, 1, 15)  # a day when every coupon is still valid
SPRING_LAST_DAY = date(2025, 5, 31)


class TestLoyaltyTier(unittest.TestCase):
    def test_tiers_at_and_around_the_thresholds(self):
        table = [(0, "basic"), (499, "basic"), (500, "silver"),
                 (999, "silver"), (1000, "gold"), (25_000, "gold")]
        for points, tier in table:
            with self.subTest(points=points):
                self.assertEqual(loyalty_tier(points), tier)

    def test_negative_points_are_refused(self):
        with self.assertRaises(ValueError):
            loyalty_tier(-1)


class TestCouponPercent(unittest.TestCase):
    def test_known_codes(self):
        for code, percent in [("WELCOME10", 10), ("SPRING25", 25), ("FRIENDS15", 15)]:
            with self.subTest(code=code):
                self.assertEqual(coupon_percent(code, today=JAN_15), percent)

    def test_codes_ignore_case_and_spaces(self):
        for code in ["welcome10", "Welcome10", "  WELCOME10\n"]:
            with self.subTest(code=code):
                self.assertEqual(coupon_percent(code, today=JAN_15), 10)

    def test_unknown_codes_raise_value_error(self):
        for code in ["BOGUS99", "WELCOME", ""]:
            with self.subTest(code=code):
                with self.assertRaisesRegex(ValueError, "unknown coupon code"):
                    coupon_percent(code, today=JAN_15)

    def test_code_expires_on_its_last_day(self):
        with self.assertRaises(ValueError):
            coupon_percent("SPRING25", today=SPRING_LAST_DAY)

    def test_code_expires_the_day_after(self):
        with self.assertRaisesRegex(ValueError, "expired"):
            coupon_percent("SPRING25", today=date(2025, 6, 1))


class TestRoundCents(unittest.TestCase):
    def test_half_cents_round_up(self):
        for amount, cents in [(0.125, 0.13), (2.675, 2.68), (18.045, 18.05),
                              (22.455, 22.46), (1.004, 1.0), (7, 7.0)]:
            with self.subTest(amount=amount):
                self.assertEqual(round_cents(amount), cents)


class TestPriceAfterDiscount(unittest.TestCase):
    def test_no_coupon_no_points_pays_full_price(self):
        price = price_after_discount(59.9)
        self.assertIsInstance(price, float)
        self.assertEqual(price, 59.9)

    def test_coupon_takes_its_percent_off(self):
        self.assertEqual(price_after_discount(100, "WELCOME10", today=JAN_15), 90.0)
        self.assertEqual(price_after_discount(80, "spring25", today=date(2025, 5, 30)), 60.0)

    def test_loyalty_tier_takes_its_percent_off(self):
        for points, price in [(499, 200.0), (500, 190.0), (999, 190.0), (1000, 180.0)]:
            with self.subTest(points=points):
                self.assertEqual(price_after_discount(200, points=points), price)

    def test_larger_discount_wins(self):
        table = [("WELCOME10", 600, 90.0),    # coupon 10 % beats silver 5 %
                 ("FRIENDS15", 1000, 85.0),   # coupon 15 % beats gold 10 %
                 ("WELCOME10", 1000, 90.0)]   # a tie: 10 %, not 20 %
        for code, points, price in table:
            with self.subTest(code=code, points=points):
                self.assertEqual(
                    price_after_discount(100, code, points=points, today=JAN_15), price)

    def test_prices_are_rounded_to_cents_half_up(self):
        table = [(24.95, "WELCOME10", 22.46),   # 22.455
                 (20.05, "WELCOME10", 18.05),   # 18.045
                 (33.33, "FRIENDS15", 28.33)]   # 28.3305
        for total, code, price in table:
            with self.subTest(total=total, code=code):
                self.assertEqual(price_after_discount(total, code, today=JAN_15), price)

    def test_empty_basket_costs_nothing(self):
        self.assertEqual(price_after_discount(0), 0.0)
        self.assertEqual(price_after_discount(0, "WELCOME10", today=JAN_15), 0.0)

    def test_bad_orders_are_refused(self):
        with self.subTest("negative total"):
            with self.assertRaises(ValueError):
                price_after_discount(-5)
        with self.subTest("expired coupon"):
            with self.assertRaises(ValueError):
                price_after_discount(50, "SPRING25", today=date(2025, 6, 1))
        with self.subTest("unknown coupon"):
            with self.assertRaises(ValueError):
                price_after_discount(50, "FREE100", today=JAN_15)


if __name__ == "__main__":
    unittest.main()
