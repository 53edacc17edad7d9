# TODO: give this module a module docstring, a PEP 257 docstring for every
#       public class, method and function, and PEP 484 annotations for every
#       parameter and return value (the types are in README.md).
import math

ZONE_RATES = {"DOMESTIC": 4.5, "EU": 9.0, "WORLD": 17.5}


class Parcel:
    # a parcel waiting at the counter
    def __init__(self, recipient, weight_kg, zone):
        self.recipient = recipient
        self.weight_kg = weight_kg
        self.zone = zone

    def describe(self):
        # short text for the receipt
        return f"{self.recipient}: {self.weight_kg} kg to {self.zone}"


def parse_parcel(line):
    # "Ana Silva;2.5;eu" -> Parcel
    recipient, weight, zone = line.split(";")
    return Parcel(recipient.strip(), float(weight), zone.strip().upper())


def quote(parcel, express=False):
    # price in EUR: zone rate per started kilogram, express costs 50 % more
    base = ZONE_RATES[parcel.zone] * math.ceil(parcel.weight_kg)
    return round(base * 1.5 if express else base, 2)


def cheapest(parcels, budget=None):
    # the cheapest parcel (description, price), None if nothing fits the budget
    best = None
    for parcel in parcels:
        price = quote(parcel)
        if budget is not None and price > budget:
            continue
        if best is None or price < best[1]:
            best = (parcel.describe(), price)
    return best


def register_zone(name, rate):
    # add or change a zone's rate per kilogram
    ZONE_RATES[name.upper()] = rate
