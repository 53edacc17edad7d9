"""Quotes: ties, weights between whole kilograms, rules given lazily."""
import unittest
from decimal import Decimal

from solution import Courier, Parcel, PickupPoint, QuoteService, ShippingRule, StandardPost


class FlatRule(ShippingRule):
    def __init__(self, name, price, countries):
        self.name, self.price, self.countries = name, Decimal(price), countries

    def applies(self, parcel):
        return parcel.country in self.countries

    def cost(self, parcel):
        if parcel.country not in self.countries:
            raise AssertionError(f"cost() of {self.name} called for a parcel it does not take")
        return self.price


class TestQuotesMore(unittest.TestCase):
    def test_tie_goes_to_first(self):
        """on a tie the rule given first wins"""
        service = QuoteService([FlatRule("A", "5.00", {"FR"}), FlatRule("B", "5.00", {"FR"}),
                                FlatRule("C", "7.00", {"FR"})])
        self.assertEqual(service.quote(Parcel(1, "FR")), ("A", Decimal("5.00")))

    def test_started_kilograms(self):
        """every started kilogram counts"""
        table = [(StandardPost(), Parcel(2.1, "DE"), Decimal("12.40")),
                 (StandardPost(), Parcel(2, "FR"), Decimal("4.90")),
                 (Courier(), Parcel(0.4, "US", True), Decimal("19.20")),
                 (Courier(), Parcel(10.01, "FR"), Decimal("20.80"))]
        for rule, parcel, price in table:
            with self.subTest(rule=rule.name, parcel=parcel):
                self.assertEqual(rule.cost(parcel), price)

    def test_cheapest_even_if_last(self):
        """a heavy parcel abroad goes by courier, cheaper than the post"""
        service = QuoteService(rule for rule in [PickupPoint(), StandardPost(), Courier()])
        self.assertEqual(service.quote(Parcel(18.2, "ES")), ("courier", Decimal("27.20")))
        self.assertEqual(service.quote(Parcel(10, "FR")), ("pickup point", Decimal("3.50")))

    def test_cost_only_when_applies(self):
        """cost() is only asked of rules that take the parcel"""
        service = QuoteService([FlatRule("Local", "1.00", {"FR"}),
                                FlatRule("Abroad", "9.00", {"DE", "BE"})])
        self.assertEqual(service.quote(Parcel(3, "BE")), ("Abroad", Decimal("9.00")))


if __name__ == "__main__":
    unittest.main()
