"""Unit tests for money.Money: constructors, validators and arithmetic."""
import unittest

from money import Money


class BikeMoney(Money):
    """A subclass, to check that class methods build objects of `cls`."""


class TestStaticMethods(unittest.TestCase):
    def test_valid_currency_codes(self):
        for code in ["EUR", "USD", "GBP", "JPY"]:
            with self.subTest(code=code):
                self.assertTrue(Money.is_valid_currency(code))

    def test_invalid_currency_codes(self):
        for code in ["eur", "Eur", "SEK", "", "EURO"]:
            with self.subTest(code=code):
                self.assertFalse(Money.is_valid_currency(code))

    def test_static_method_works_on_an_instance(self):
        price = Money(500, "EUR")
        self.assertTrue(price.is_valid_currency("USD"))
        self.assertFalse(price.is_valid_currency("eur"))

    def test_parse_amount(self):
        table = [("12.34", 2, 1234), ("12.5", 2, 1250), ("12", 2, 1200),
                 ("0.05", 2, 5), ("-1.50", 2, -150), ("-0.50", 2, -50),
                 ("+3", 2, 300), ("1500", 0, 1500), ("0", 2, 0)]
        for text, places, minor in table:
            with self.subTest(text=text, places=places):
                self.assertEqual(Money.parse_amount(text, places), minor)

    def test_parse_amount_refuses_bad_text(self):
        for text, places in [("12.345", 2), ("12.5", 0), ("1,50", 2), ("", 2),
                             ("abc", 2), (".5", 2), ("1.2.3", 2)]:
            with self.subTest(text=text, places=places):
                with self.assertRaises(ValueError):
                    Money.parse_amount(text, places)


class TestClassMethods(unittest.TestCase):
    def test_from_string(self):
        # Arrange
        text = "12.34 EUR"
        # Act
        price = Money.from_string(text)
        # Assert
        self.assertEqual((price.minor, price.currency), (1234, "EUR"))

    def test_from_string_yen_and_negative(self):
        self.assertEqual(Money.from_string("1500 JPY"), Money(1500, "JPY"))
        self.assertEqual(Money.from_string("-0.50 GBP"), Money(-50, "GBP"))

    def test_from_string_refuses_bad_text(self):
        for text in ["12.34", "12.34 eur", "12.34 SEK", "12.345 EUR", "12 EUR extra", ""]:
            with self.subTest(text=text):
                with self.assertRaises(ValueError):
                    Money.from_string(text)

    def test_from_string_on_a_subclass_builds_the_subclass(self):
        price = BikeMoney.from_string("9.90 EUR")
        self.assertIs(type(price), BikeMoney)
        self.assertEqual(price, Money(990, "EUR"))

    def test_zero(self):
        self.assertEqual(Money.zero("USD"), Money(0, "USD"))
        self.assertIs(type(BikeMoney.zero("JPY")), BikeMoney)


class TestInstanceMethods(unittest.TestCase):
    def test_unknown_currency_refused(self):
        with self.assertRaises(ValueError):
            Money(100, "eur")

    def test_add_same_currency(self):
        self.assertEqual(Money(250, "EUR") + Money(199, "EUR"), Money(449, "EUR"))

    def test_add_different_currencies_refused(self):
        with self.assertRaises(ValueError):
            Money(250, "EUR") + Money(250, "USD")

    def test_equality_needs_same_currency(self):
        self.assertEqual(Money(500, "EUR"), Money(500, "EUR"))
        self.assertNotEqual(Money(500, "EUR"), Money(500, "USD"))
        self.assertNotEqual(Money(500, "EUR"), Money(501, "EUR"))

    def test_str(self):
        table = [(Money(1234, "EUR"), "12.34 EUR"), (Money(5, "USD"), "0.05 USD"),
                 (Money(-50, "GBP"), "-0.50 GBP"), (Money(1500, "JPY"), "1500 JPY"),
                 (Money(0, "EUR"), "0.00 EUR")]
        for money, text in table:
            with self.subTest(text=text):
                self.assertEqual(str(money), text)

    def test_repr(self):
        self.assertEqual(repr(Money(990, "EUR")), "Money(990, 'EUR')")

    def test_split_gives_extra_cents_to_the_first_shares(self):
        shares = Money(100, "EUR").split(3)
        self.assertEqual(shares, [Money(34, "EUR"), Money(33, "EUR"), Money(33, "EUR")])

    def test_split_even_and_single(self):
        self.assertEqual(Money(900, "USD").split(3), [Money(300, "USD")] * 3)
        self.assertEqual(Money(7, "EUR").split(1), [Money(7, "EUR")])

    def test_split_needs_at_least_one_part(self):
        with self.assertRaises(ValueError):
            Money(100, "EUR").split(0)


if __name__ == "__main__":
    unittest.main()
