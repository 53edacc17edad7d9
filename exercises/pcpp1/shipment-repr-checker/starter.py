# Give Shipment its text forms and value behaviour (see the README).


class Shipment:
    """A parcel on its way: tracking code, weight and the stops it passes."""

    def __init__(self, tracking, weight_kg, stops=(), express=False):
        self.tracking = tracking
        self.weight_kg = weight_kg
        self.stops = tuple(stops)
        self.express = express

    # TODO: __repr__ (rebuilds the object), __str__, __eq__ and __hash__,
    #       __len__ and __format__ - see the README
