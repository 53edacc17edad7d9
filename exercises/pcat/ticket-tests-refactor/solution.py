"""The Rialto's ticket tests, refactored: one table per rule, one helper.

Every check of the old suite is still here. Written as a table, two slips
of the copy and paste became visible and were fixed: the "11-year-old" test
really asks about age 11 now, and the 3D-on-Tuesday price is compared with
assertEqual instead of assertTrue.
"""
import unittest

from tickets import ticket_price

TUESDAY, WEDNESDAY = 1, 2


class TestTicketPrice(unittest.TestCase):
    def assert_prices(self, table, weekday, three_d=False):
        """Check ticket_price(age, weekday, three_d) for every (age, price) row."""
        for age, price in table:
            with self.subTest(age=age, weekday=weekday, three_d=three_d):
                self.assertEqual(ticket_price(age, weekday, three_d=three_d), price)

    def assert_refused(self, age, weekday):
        with self.subTest(age=age, weekday=weekday):
            with self.assertRaises(ValueError):
                ticket_price(age, weekday)

    def test_prices_by_age(self):
        self.assert_prices([(0, 7.0), (11, 7.0), (12, 12.0), (64, 12.0),
                            (65, 8.0), (120, 8.0)], WEDNESDAY)

    def test_half_price_on_tuesday(self):
        self.assert_prices([(8, 3.5), (30, 6.0), (70, 4.0)], TUESDAY)

    def test_3d_surcharge_is_never_halved(self):
        self.assert_prices([(30, 15.0), (8, 10.0)], WEDNESDAY, three_d=True)
        self.assert_prices([(30, 9.0)], TUESDAY, three_d=True)

    def test_impossible_input_is_refused(self):
        for age, weekday in [(-1, WEDNESDAY), (121, WEDNESDAY), (30, 7), (30, -1)]:
            self.assert_refused(age, weekday)


if __name__ == "__main__":
    unittest.main()
