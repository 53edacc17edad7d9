# Mistake: no __eq__, so == falls back to identity: the object rebuilt from
# the repr is never equal to the original, and equal shipments are not
# merged in a set.
"""Shipments of the logistics API, with debug-friendly text forms."""


class Shipment:
    """A parcel on its way: tracking code, weight and the stops it passes."""

    def __init__(self, tracking, weight_kg, stops=(), express=False):
        self.tracking = tracking
        self.weight_kg = weight_kg
        self.stops = tuple(stops)
        self.express = express

    def __repr__(self):
        return (f"{type(self).__name__}({self.tracking!r}, {self.weight_kg!r}, "
                f"{self.stops!r}, express={self.express!r})")

    def __str__(self):
        route = " > ".join(self.stops) if self.stops else "no stops"
        text = f"{self.tracking}: {self.weight_kg} kg, {route}"
        return text + " (express)" if self.express else text

    def __len__(self):
        return len(self.stops)

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "short":
            return self.tracking
        raise ValueError(f"unknown format {spec!r} for Shipment")
