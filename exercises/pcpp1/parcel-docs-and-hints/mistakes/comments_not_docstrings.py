# Mistake: every type hint is right, but the explanations are # comments
# inside the bodies: a comment is not a docstring, help() and __doc__
# never see it.
# Postage quotes for the parcels handed in at the counter.
import math

ZONE_RATES = {"DOMESTIC": 4.5, "EU": 9.0, "WORLD": 17.5}


class Parcel:
    # A parcel waiting at the counter.

    def __init__(self, recipient: str, weight_kg: float, zone: str) -> None:
        # Store the recipient, the weight in kilograms and the zone.
        self.recipient = recipient
        self.weight_kg = weight_kg
        self.zone = zone

    def describe(self) -> str:
        # Return a short text for the receipt.
        return f"{self.recipient}: {self.weight_kg} kg to {self.zone}"


def parse_parcel(line: str) -> Parcel:
    # Build a Parcel from a counter line such as 'Ana Silva;2.5;eu'.
    recipient, weight, zone = line.split(";")
    return Parcel(recipient.strip(), float(weight), zone.strip().upper())


def quote(parcel: Parcel, express: bool = False) -> float:
    # Return the price in EUR: the zone rate per started kilogram.
    base = ZONE_RATES[parcel.zone] * math.ceil(parcel.weight_kg)
    return round(base * 1.5 if express else base, 2)


def cheapest(parcels: list[Parcel],
             budget: float | None = None) -> tuple[str, float] | None:
    # Return (description, price) of the cheapest standard parcel.
    best = None
    for parcel in parcels:
        price = quote(parcel)
        if budget is not None and price > budget:
            continue
        if best is None or price < best[1]:
            best = (parcel.describe(), price)
    return best


def register_zone(name: str, rate: float) -> None:
    # Add a zone or change its rate per kilogram.
    ZONE_RATES[name.upper()] = rate
