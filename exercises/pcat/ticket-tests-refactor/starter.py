# The Rialto's test suite for tickets.py, as it is today: it passes, but it
# was written by copy and paste. Refactor it (see the README): a table and
# self.subTest for the prices, one helper for the refusals, keeping EVERY
# check. Run it after each small step; it must stay green.
import unittest

from tickets import ticket_price


class TestTicketPrice(unittest.TestCase):
    def test_child_aged_0(self):
        age = 0
        weekday = 2  # a Wednesday
        price = ticket_price(age, weekday)
        self.assertEqual(price, 7.0)

    def test_child_aged_11(self):
        age = 0
        weekday = 2  # a Wednesday
        price = ticket_price(age, weekday)
        self.assertEqual(price, 7.0)

    def test_adult_aged_12(self):
        age = 12
        weekday = 2  # a Wednesday
        price = ticket_price(age, weekday)
        self.assertEqual(price, 12.0)

    def test_adult_aged_64(self):
        age = 64
        weekday = 2  # a Wednesday
        price = ticket_price(age, weekday)
        self.assertEqual(price, 12.0)

    def test_senior_aged_65(self):
        age = 65
        weekday = 2  # a Wednesday
        price = ticket_price(age, weekday)
        self.assertEqual(price, 8.0)

    def test_senior_aged_120(self):
        age = 120
        weekday = 2  # a Wednesday
        price = ticket_price(age, weekday)
        self.assertEqual(price, 8.0)

    def test_child_on_tuesday(self):
        age = 8
        weekday = 1  # a Tuesday
        price = ticket_price(age, weekday)
        self.assertEqual(price, 3.5)

    def test_adult_on_tuesday(self):
        age = 30
        weekday = 1  # a Tuesday
        price = ticket_price(age, weekday)
        self.assertEqual(price, 6.0)

    def test_senior_on_tuesday(self):
        age = 70
        weekday = 1  # a Tuesday
        price = ticket_price(age, weekday)
        self.assertEqual(price, 4.0)

    def test_adult_3d(self):
        age = 30
        weekday = 2  # a Wednesday
        price = ticket_price(age, weekday, three_d=True)
        self.assertEqual(price, 15.0)

    def test_child_3d(self):
        age = 8
        weekday = 2  # a Wednesday
        price = ticket_price(age, weekday, three_d=True)
        self.assertEqual(price, 10.0)

    def test_adult_3d_on_tuesday(self):
        age = 30
        weekday = 1  # a Tuesday
        price = ticket_price(age, weekday, three_d=True)
        self.assertTrue(price, 9.0)

    def test_negative_age_is_refused(self):
        age = -1
        weekday = 2  # a Wednesday
        with self.assertRaises(ValueError):
            ticket_price(age, weekday)

    def test_age_over_120_is_refused(self):
        age = 121
        weekday = 2  # a Wednesday
        with self.assertRaises(ValueError):
            ticket_price(age, weekday)

    def test_weekday_7_is_refused(self):
        age = 30
        weekday = 7
        with self.assertRaises(ValueError):
            ticket_price(age, weekday)

    def test_weekday_minus_1_is_refused(self):
        age = 30
        weekday = -1
        with self.assertRaises(ValueError):
            ticket_price(age, weekday)


if __name__ == "__main__":
    unittest.main()
