# Mistake: stores the first parcel's Money object itself as the running
# total of its currency; `+=` on its amount then changes that parcel's
# value too (both names refer to one object).
"""Parcel manifests: JSON with money, dates and dimensions, both ways."""
import datetime
import json
import os
import sys
from dataclasses import dataclass
from decimal import Decimal

VOLUMETRIC_DIVISOR = 5000  # cm3 per chargeable kilogram


@dataclass
class Money:
    """An exact amount of money in one currency."""

    amount: Decimal
    currency: str


@dataclass
class Dimensions:
    """The outside size of a parcel in centimetres."""

    length: int
    width: int
    height: int

    def volume(self):
        """The volume in cubic centimetres."""
        return self.length * self.width * self.height


def decode_hook(obj):
    """object_hook for json.load: turn the tagged objects into Python ones."""
    kind = obj.get("$type")
    if kind is None:
        return obj
    if kind == "money":
        return Money(Decimal(obj["amount"]), obj["currency"])
    if kind == "date":
        return datetime.date.fromisoformat(obj["value"])
    if kind == "dims":
        return Dimensions(*obj["cm"])
    raise ValueError(f"unknown $type {kind!r}")


class ManifestEncoder(json.JSONEncoder):
    """Write Money, dates, Dimensions, Decimals and sets as JSON."""

    def default(self, o):
        if isinstance(o, Money):
            return {"$type": "money", "amount": str(o.amount),
                    "currency": o.currency}
        if isinstance(o, datetime.date):
            return {"$type": "date", "value": o.isoformat()}
        if isinstance(o, Dimensions):
            return {"$type": "dims", "cm": [o.length, o.width, o.height]}
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


def build_manifest(shipment):
    """The manifest of a decoded shipment."""
    parcels = []
    totals = {}
    tags = set()
    dates = []
    for parcel in shipment["parcels"]:
        volumetric = parcel["dims"].volume() / VOLUMETRIC_DIVISOR
        value = parcel["value"]
        parcels.append({
            "id": parcel["id"],
            "ship_date": parcel["ship_date"],
            "value": value,
            "chargeable_kg": round(max(parcel["weight_kg"], volumetric), 2),
        })
        if value.currency in totals:
            totals[value.currency].amount += value.amount
        else:
            totals[value.currency] = value
        tags.update(parcel.get("tags", []))
        dates.append(parcel["ship_date"])
    return {
        "shipment": shipment["shipment"],
        "parcels": parcels,
        "totals": totals,
        "first_ship_date": min(dates, default=None),
        "last_ship_date": max(dates, default=None),
        "tags": tags,
    }


def main():
    """Read a shipment file, write /tmp/out/manifest.json."""
    path = sys.stdin.readline().strip()
    with open(path, encoding="utf-8") as source:
        shipment = json.load(source, object_hook=decode_hook)
    manifest = build_manifest(shipment)
    os.makedirs("/tmp/out", exist_ok=True)
    with open("/tmp/out/manifest.json", "w", encoding="utf-8") as target:
        json.dump(manifest, target, cls=ManifestEncoder, indent=2)
    print(f"parcels: {len(manifest['parcels'])}, "
          f"currencies: {len(manifest['totals'])}")


if __name__ == "__main__":
    main()
