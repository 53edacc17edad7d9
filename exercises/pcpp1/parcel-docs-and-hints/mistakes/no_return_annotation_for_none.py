# Mistake: leaves out `-> None` on __init__ and register_zone, as if a
# function that returns nothing needed no return annotation.
"""Postage quotes for the parcels handed in at the counter.

Rates are in EUR per started kilogram and depend on the destination zone.
"""
import math

ZONE_RATES = {"DOMESTIC": 4.5, "EU": 9.0, "WORLD": 17.5}


class Parcel:
    """A parcel waiting at the counter."""

    def __init__(self, recipient: str, weight_kg: float, zone: str):
        """Store the recipient, the weight in kilograms and the zone."""
        self.recipient = recipient
        self.weight_kg = weight_kg
        self.zone = zone

    def describe(self) -> str:
        """Return a short text for the receipt."""
        return f"{self.recipient}: {self.weight_kg} kg to {self.zone}"


def parse_parcel(line: str) -> Parcel:
    """Build a Parcel from a counter line such as 'Ana Silva;2.5;eu'.

    The zone is upper-cased; the weight is converted to a float.
    """
    recipient, weight, zone = line.split(";")
    return Parcel(recipient.strip(), float(weight), zone.strip().upper())


def quote(parcel: Parcel, express: bool = False) -> float:
    """Return the price in EUR: the zone rate per started kilogram.

    Express delivery costs 50 % more. The price is rounded to the cent.
    """
    base = ZONE_RATES[parcel.zone] * math.ceil(parcel.weight_kg)
    return round(base * 1.5 if express else base, 2)


def cheapest(parcels: list[Parcel],
             budget: float | None = None) -> tuple[str, float] | None:
    """Return (description, price) of the cheapest standard parcel.

    Parcels dearer than the budget are skipped; None when nothing is left.
    """
    best = None
    for parcel in parcels:
        price = quote(parcel)
        if budget is not None and price > budget:
            continue
        if best is None or price < best[1]:
            best = (parcel.describe(), price)
    return best


def register_zone(name: str, rate: float):
    """Add a zone or change its rate per kilogram."""
    ZONE_RATES[name.upper()] = rate
