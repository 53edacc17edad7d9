import unittest
from decimal import Decimal

from solution import CurrencyMismatch, Money


class TestMoneyVisible(unittest.TestCase):
    def test_rounded_to_cents(self):
        """amounts are Decimals rounded to cents, halves up"""
        self.assertEqual(Money("12.5", "EUR").amount, Decimal("12.50"))
        self.assertEqual(Money("0.125", "EUR").amount, Decimal("0.13"),
                         msg="Money('0.125', 'EUR') rounds half up")
        self.assertEqual(Money(7, "USD").amount, Decimal("7.00"))

    def test_str_and_repr(self):
        """str() is '12.50 EUR' and repr() is Money('12.50', 'EUR')"""
        m = Money("12.5", "EUR")
        self.assertEqual(str(m), "12.50 EUR")
        self.assertEqual(repr(m), "Money('12.50', 'EUR')")

    def test_equality(self):
        """equal amounts in the same currency are equal, and hash alike"""
        self.assertEqual(Money("3", "EUR"), Money("3.00", "EUR"))
        self.assertNotEqual(Money("3", "EUR"), Money("3", "USD"),
                            msg="3 EUR and 3 USD are different values")
        self.assertEqual(len({Money("3", "EUR"), Money("3.00", "EUR")}), 1,
                         msg="equal values must have equal hashes (define __hash__)")

    def test_add_and_sub(self):
        """+ and - give a new Money in the same currency"""
        self.assertEqual(Money("10.10", "EUR") + Money("0.95", "EUR"), Money("11.05", "EUR"))
        self.assertEqual(Money("10", "EUR") - Money("12.5", "EUR"), Money("-2.50", "EUR"))

    def test_mixing_currencies_raises(self):
        """adding EUR to USD raises CurrencyMismatch"""
        with self.assertRaises(CurrencyMismatch):
            Money("1", "EUR") + Money("1", "USD")
        self.assertTrue(issubclass(CurrencyMismatch, ValueError))

    def test_sum_of_a_basket(self):
        """sum() of a list of Money works"""
        basket = [Money("2.50", "EUR"), Money("0.99", "EUR"), Money("10", "EUR")]
        self.assertEqual(sum(basket), Money("13.49", "EUR"),
                         msg="sum() starts from 0, so Money needs __radd__")

    def test_ordering(self):
        """amounts in one currency compare with < <= > >="""
        a, b = Money("4.99", "EUR"), Money("5", "EUR")
        self.assertTrue(a < b)
        self.assertTrue(b >= a)
        self.assertTrue(a <= Money("4.99", "EUR"))
        self.assertFalse(a > b)


if __name__ == "__main__":
    unittest.main()
