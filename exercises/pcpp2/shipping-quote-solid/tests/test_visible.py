"""Quotes from the shop's carriers, and a carrier added from outside."""
import unittest
from decimal import Decimal

from solution import (Courier, Parcel, PickupPoint, QuoteService, ShippingRule, StandardPost,
                      default_service)


class BikeCourier(ShippingRule):
    """A new carrier the shop signs with: Paris only, 2.00 up to 5 kg."""

    name = "bike courier"

    def applies(self, parcel):
        return parcel.country == "FR" and parcel.weight_kg <= 5

    def cost(self, parcel):
        return Decimal("2.00")


class TestQuotes(unittest.TestCase):
    def test_default_carriers(self):
        """the cheapest of pickup point, standard post and courier"""
        service = default_service()
        table = [
            (Parcel(1.5, "FR"), ("pickup point", Decimal("3.50"))),
            (Parcel(12, "FR"), ("standard post", Decimal("19.90"))),
            (Parcel(3, "FR", True), ("courier", Decimal("21.60"))),
            (Parcel(25, "BE"), ("courier", Decimal("32.00"))),
        ]
        for parcel, expected in table:
            with self.subTest(parcel=parcel):
                self.assertEqual(service.quote(parcel), expected)

    def test_new_carrier_without_editing(self):
        """a carrier written by someone else is used as it is given"""
        service = QuoteService([PickupPoint(), BikeCourier(), StandardPost(), Courier()])
        self.assertEqual(service.quote(Parcel(4, "FR")), ("bike courier", Decimal("2.00")),
                         msg="QuoteService must choose among the rules it was given, "
                             "whatever their classes")
        self.assertEqual(service.quote(Parcel(4, "DE")), ("standard post", Decimal("13.90")))

    def test_no_carrier(self):
        """no applicable rule raises LookupError"""
        with self.assertRaises(LookupError):
            QuoteService([]).quote(Parcel(1, "FR"))
        with self.assertRaises(LookupError):
            QuoteService([PickupPoint()]).quote(Parcel(1, "DE"))

    def test_rule_is_abstract(self):
        """ShippingRule is an abstract base class"""
        with self.assertRaises(TypeError, msg="ShippingRule() should raise TypeError"):
            ShippingRule()


if __name__ == "__main__":
    unittest.main()
