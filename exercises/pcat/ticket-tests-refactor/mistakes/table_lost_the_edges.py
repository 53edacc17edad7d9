# Mistake: "simplifying" the table kept one typical age per group (5, 30, 80)
# and dropped the rows at the edges (0, 11, 12, 64, 65, 120). The suite is
# shorter, but it lost checks: a wrong boundary between two groups is no
# longer noticed. Refactoring tests must keep every case they checked.
import unittest

from tickets import ticket_price

TUESDAY, WEDNESDAY = 1, 2


class TestTicketPrice(unittest.TestCase):
    def assert_prices(self, table, weekday, three_d=False):
        for age, price in table:
            with self.subTest(age=age, weekday=weekday, three_d=three_d):
                self.assertEqual(ticket_price(age, weekday, three_d=three_d), price)

    def test_prices_by_age(self):
        self.assert_prices([(5, 7.0), (30, 12.0), (80, 8.0)], WEDNESDAY)

    def test_half_price_on_tuesday(self):
        self.assert_prices([(5, 3.5), (30, 6.0), (80, 4.0)], TUESDAY)

    def test_3d_surcharge_is_never_halved(self):
        self.assert_prices([(30, 15.0)], WEDNESDAY, three_d=True)
        self.assert_prices([(30, 9.0)], TUESDAY, three_d=True)

    def test_impossible_input_is_refused(self):
        for age, weekday in [(-1, WEDNESDAY), (30, 7)]:
            with self.subTest(age=age, weekday=weekday):
                with self.assertRaises(ValueError):
                    ticket_price(age, weekday)


if __name__ == "__main__":
    unittest.main()
