"""Shipping quotes, refactored along the SOLID principles."""
import math
from abc import ABC, abstractmethod
from dataclasses import dataclass
from decimal import Decimal

HOME = "FR"


@dataclass(frozen=True)
class Parcel:
    weight_kg: float
    country: str
    express: bool = False


# TODO: the abstract ShippingRule, the three carriers and QuoteService
# (see the README). The legacy function below does everything at once.


def legacy_quote(weight_kg, country, express=False):
    prices = []
    if country == HOME and not express and weight_kg <= 10:
        prices.append(("pickup point", Decimal("3.50")))
    if not express and weight_kg <= 20:
        price = Decimal("4.90") + Decimal("1.50") * max(0, math.ceil(weight_kg - 2))
        if country != HOME:
            price += Decimal("6.00")
        prices.append(("standard post", price))
    price = Decimal("12.00") + Decimal("0.80") * math.ceil(weight_kg)
    if express:
        price *= Decimal("1.5")
    prices.append(("courier", price.quantize(Decimal("0.01"))))
    return min(prices, key=lambda pair: pair[1])
