# Mistake: the values are put in the repr with str() instead of repr(), so
# strings lose their quotes: Shipment(PX-1, 2.5, ...) is not valid Python and
# cannot rebuild the object.
"""Shipments of the logistics API, with debug-friendly text forms."""


class Shipment:
    """A parcel on its way: tracking code, weight and the stops it passes."""

    def __init__(self, tracking, weight_kg, stops=(), express=False):
        self.tracking = tracking
        self.weight_kg = weight_kg
        self.stops = tuple(stops)
        self.express = express

    def __repr__(self):
        return (f"{type(self).__name__}({self.tracking}, {self.weight_kg}, "
                f"{self.stops}, express={self.express})")

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
