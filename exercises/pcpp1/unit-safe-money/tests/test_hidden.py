import unittest
from decimal import Decimal

from solution import CurrencyMismatch, Money


class TestMoneyHidden(unittest.TestCase):
    def test_floats_refused(self):
        """a float amount raises TypeError"""
        with self.assertRaises(TypeError):
            Money(0.1, "EUR")

    def test_bad_currency(self):
        """currency codes are three capital letters"""
        for code in ["eur", "EURO", "E1R", ""]:
            with self.subTest(code=code):
                with self.assertRaises(ValueError):
                    Money("1", code)

    def test_hash_matches_equality(self):
        """equal Money values hash alike and work in sets and dict keys"""
        prices = {Money("1", "EUR"), Money("1.00", "EUR"), Money("1", "USD")}
        self.assertEqual(len(prices), 2)
        self.assertEqual({Money("5", "GBP"): "fiver"}[Money("5.00", "GBP")], "fiver")

    def test_not_equal_to_plain_numbers(self):
        """Money is never equal to a plain number"""
        self.assertFalse(Money("5", "EUR") == 5)
        self.assertTrue(Money("5", "EUR") != Decimal("5"))

    def test_comparing_currencies_raises(self):
        """< between currencies raises CurrencyMismatch"""
        with self.assertRaises(CurrencyMismatch):
            Money("1", "EUR") < Money("2", "USD")
        with self.assertRaises(CurrencyMismatch):
            Money("1", "EUR") >= Money("2", "USD")

    def test_multiply(self):
        """Money times an int or Decimal, on either side, rounded half up"""
        self.assertEqual(Money("2.50", "EUR") * 3, Money("7.50", "EUR"))
        self.assertEqual(3 * Money("2.50", "EUR"), Money("7.50", "EUR"))
        self.assertEqual(Money("19.99", "EUR") * Decimal("0.15"), Money("3.00", "EUR"))
        with self.assertRaises(TypeError):
            Money("1", "EUR") * Money("2", "EUR")

    def test_neg_bool_sorted(self):
        """-m, bool(m) and sorted() work"""
        self.assertEqual(-Money("3", "EUR"), Money("-3", "EUR"))
        self.assertFalse(Money("0", "EUR"))
        self.assertTrue(Money("0.01", "EUR"))
        self.assertEqual(sorted([Money("3", "EUR"), Money("1", "EUR"), Money("2", "EUR")]),
                         [Money("1", "EUR"), Money("2", "EUR"), Money("3", "EUR")])

    def test_sum_empty_and_mixed(self):
        """sum() of one currency works; of two currencies raises"""
        self.assertEqual(sum([Money("1", "USD")]), Money("1", "USD"))
        with self.assertRaises(CurrencyMismatch):
            sum([Money("1", "USD"), Money("1", "EUR")])


if __name__ == "__main__":
    unittest.main()
