# Mistake: the helper COMPUTES whether the price is right and returns True or
# False, but the tests never assert what it returns. A test method only fails
# when an assertion fails or an exception escapes, so every wrong price passes.
# Only the bugs that raise (or stop raising) an error are still caught.
import unittest

from tickets import ticket_price

TUESDAY, WEDNESDAY = 1, 2


class TestTicketPrice(unittest.TestCase):
    def price_is(self, age, weekday, expected, three_d=False):
        return ticket_price(age, weekday, three_d=three_d) == expected

    def test_prices_by_age(self):
        for age, price in [(0, 7.0), (11, 7.0), (12, 12.0), (64, 12.0), (65, 8.0), (120, 8.0)]:
            self.price_is(age, WEDNESDAY, price)

    def test_half_price_on_tuesday(self):
        for age, price in [(8, 3.5), (30, 6.0), (70, 4.0)]:
            self.price_is(age, TUESDAY, price)

    def test_3d(self):
        self.price_is(30, WEDNESDAY, 15.0, three_d=True)
        self.price_is(8, WEDNESDAY, 10.0, three_d=True)
        self.price_is(30, TUESDAY, 9.0, three_d=True)

    def test_impossible_input_is_refused(self):
        for age, weekday in [(-1, WEDNESDAY), (121, WEDNESDAY), (30, 7), (30, -1)]:
            with self.subTest(age=age, weekday=weekday):
                with self.assertRaises(ValueError):
                    ticket_price(age, weekday)


if __name__ == "__main__":
    unittest.main()
