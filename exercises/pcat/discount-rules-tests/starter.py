# Write unittest tests for the shop's discount rules (see the README).
# Your tests must pass on the real discounts.py and fail on each buggy copy
# of it, so pin down every rule, especially the edges: 500 and 1000 points,
# a coupon's last day, unknown codes, half cents, an empty basket.
import unittest
from datetime import date

from discounts import coupon_percent, loyalty_tier, price_after_discount, round_cents

JAN_15 = date(2025, 1, 15)  # a day when every coupon is still valid


class TestPriceAfterDiscount(unittest.TestCase):
    def test_welcome_coupon_takes_ten_percent_off(self):
        self.assertEqual(price_after_discount(100.0, "WELCOME10", today=JAN_15), 90.0)

    # TODO: loyalty tiers: the points right at and just below 500 and 1000
    #       (one test with a table and self.subTest keeps this short)
    # TODO: coupons: unknown and expired codes raise ValueError (assertRaises),
    #       a code is still valid ON its last day, codes ignore case and spaces
    # TODO: a coupon and loyalty points together: the larger discount wins
    # TODO: rounding to cents: half a cent rounds up (round_cents and prices)
    # TODO: the empty basket (0) and a negative total


if __name__ == "__main__":
    unittest.main()
