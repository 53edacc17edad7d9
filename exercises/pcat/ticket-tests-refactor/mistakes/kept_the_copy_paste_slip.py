# Mistake: a clean refactoring that copied the old test DATA without reading
# it. The old "child aged 11" test called ticket_price(0, ...), and the table
# faithfully says (0, 7.0) twice: age 11, the last child age, is still never
# tried, so a children's limit of "under 11" goes unnoticed. In a table the
# duplicate row is easy to see; fix it once the refactoring is green.
import unittest

from tickets import ticket_price

TUESDAY, WEDNESDAY = 1, 2


class TestTicketPrice(unittest.TestCase):
    def assert_prices(self, table, weekday, three_d=False):
        for age, price in table:
            with self.subTest(age=age, weekday=weekday, three_d=three_d):
                self.assertEqual(ticket_price(age, weekday, three_d=three_d), price)

    def test_prices_by_age(self):
        self.assert_prices([(0, 7.0), (0, 7.0), (12, 12.0), (64, 12.0),
                            (65, 8.0), (120, 8.0)], WEDNESDAY)

    def test_half_price_on_tuesday(self):
        self.assert_prices([(8, 3.5), (30, 6.0), (70, 4.0)], TUESDAY)

    def test_3d_surcharge_is_never_halved(self):
        self.assert_prices([(30, 15.0), (8, 10.0)], WEDNESDAY, three_d=True)
        self.assert_prices([(30, 9.0)], TUESDAY, three_d=True)

    def test_impossible_input_is_refused(self):
        for age, weekday in [(-1, WEDNESDAY), (121, WEDNESDAY), (30, 7), (30, -1)]:
            with self.subTest(age=age, weekday=weekday):
                with self.assertRaises(ValueError):
                    ticket_price(age, weekday)


if __name__ == "__main__":
    unittest.main()
