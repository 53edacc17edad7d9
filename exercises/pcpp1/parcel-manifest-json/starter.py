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
    # TODO: {"$type": "money" | "date" | "dims", ...} -> Money, date, Dimensions
    return obj


class ManifestEncoder(json.JSONEncoder):
    """Write Money, dates, Dimensions, Decimals and sets as JSON."""

    # TODO: override default(self, o)


def build_manifest(shipment):
    """The manifest of a decoded shipment."""
    # TODO: see README.md
    return {"shipment": shipment["shipment"], "parcels": [], "totals": {},
            "first_ship_date": None, "last_ship_date": None, "tags": []}


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
