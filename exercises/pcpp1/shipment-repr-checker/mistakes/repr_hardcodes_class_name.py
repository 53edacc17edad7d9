# Mistake: the class name is written by hand in __repr__, so a subclass such
# as ExpressShipment is shown as Shipment(...).
"""Shipments of the logistics API, with debug-friendly text forms."""


class Shipment:
    """A parcel on its way: tracking code, weight and the stops it passes."""

    def __init__(self, tracking, weight_kg, stops=(), express=False):
        self.tracking = tracking
        self.weight_kg = weight_kg
        self.stops = tuple(stops)
        self.express = express

    def __repr__(self):
        return (f"Shipment({self.tracking!r}, {self.weight_kg!r}, "
                f"{self.stops!r}, express={self.express!r})")

    def __str__(self):
        route = " > ".join(self.stops) if self.stops else "no stops"
        text = f"{self.tracking}: {self.weight_kg} kg, {route}"
        return text + " (express)" if self.express else text

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return ((self.tracking, self.weight_kg, self.stops, self.express)
                == (other.tracking, other.weight_kg, other.stops, other.express))

    def __hash__(self):
        return hash((self.tracking, self.weight_kg, self.stops, self.express))

    def __len__(self):
        return len(self.stops)

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "short":
            return self.tracking
        raise ValueError(f"unknown format {spec!r} for Shipment")
