# Mistake: QuoteService ignores the rules it is given and builds the three
# known carriers itself. It works today, but a new carrier means editing the
# service (not closed for modification) and it cannot be tested with fakes
# (it depends on concrete classes, not on the abstraction).
"""Shipping quotes, refactored along the SOLID principles."""
import math
from abc import ABC, abstractmethod
from dataclasses import dataclass
from decimal import Decimal

HOME = "FR"


@dataclass(frozen=True)
class Parcel:
    """What is shipped: weight in kg, destination country code, express or not."""

    weight_kg: float
    country: str
    express: bool = False


class ShippingRule(ABC):
    """One way of shipping a parcel (open for new carriers: add a subclass)."""

    name = "?"

    @abstractmethod
    def applies(self, parcel):
        """True if this carrier can take the parcel."""

    @abstractmethod
    def cost(self, parcel):
        """The price as a Decimal (only called when applies() is True)."""


class StandardPost(ShippingRule):
    name = "standard post"

    def applies(self, parcel):
        return not parcel.express and parcel.weight_kg <= 20

    def cost(self, parcel):
        extra_kg = max(0, math.ceil(parcel.weight_kg - 2))
        price = Decimal("4.90") + Decimal("1.50") * extra_kg
        if parcel.country != HOME:
            price += Decimal("6.00")
        return price


class Courier(ShippingRule):
    name = "courier"

    def applies(self, parcel):
        return True

    def cost(self, parcel):
        price = Decimal("12.00") + Decimal("0.80") * math.ceil(parcel.weight_kg)
        if parcel.express:
            price *= Decimal("1.5")
        return price.quantize(Decimal("0.01"))


class PickupPoint(ShippingRule):
    name = "pickup point"

    def applies(self, parcel):
        return parcel.country == HOME and not parcel.express and parcel.weight_kg <= 10

    def cost(self, parcel):
        return Decimal("3.50")


class QuoteService:
    """Chooses the cheapest carrier among the rules it is given."""

    def __init__(self, rules):
        self.rules = [PickupPoint(), StandardPost(), Courier()]

    def quote(self, parcel):
        """(name, cost) of the cheapest applicable rule; the first one on a tie."""
        best = None
        for rule in self.rules:
            if rule.applies(parcel):
                price = rule.cost(parcel)
                if best is None or price < best[1]:
                    best = (rule.name, price)
        if best is None:
            raise LookupError("no carrier for this parcel")
        return best


def default_service():
    """The shop's carriers today."""
    return QuoteService([PickupPoint(), StandardPost(), Courier()])
