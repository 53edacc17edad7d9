# Vehicles and a garage with levels. Read README.md for every rule.


class Vehicle:
    wheels = 4

    def __init__(self, plate):
        # TODO: validate the plate, strip it and make it upper case
        self.plate = plate

    def spaces_needed(self):
        return 1

    # TODO: __eq__ (same plate) and __str__ ("Car AB-123")


class Car(Vehicle):
    pass


class Motorbike(Vehicle):
    pass  # TODO: two wheels


class Van(Vehicle):
    pass  # TODO: needs two spaces


class Garage:
    def __init__(self, name, levels=1, spaces_per_level=10):
        # TODO: validate, store name and spaces_per_level, and one new
        #       list of vehicles per level
        self.name = name

    def free_spaces(self, level):
        return 0

    def find(self, plate):
        return None

    def park(self, vehicle):
        # TODO: TypeError / "already parked" (is) / "duplicate plate" (==),
        #       then the lowest level with enough free spaces
        return None

    def leave(self, vehicle):
        return None

    # TODO: __str__
