class Vehicle:
    """A vehicle known by its number plate."""

    wheels = 4

    def __init__(self, plate):
        if not isinstance(plate, str) or not plate.strip():
            raise ValueError("plate must be a non-empty str")
        self.plate = plate.strip().upper()

    def spaces_needed(self):
        return 1

    def __eq__(self, other):
        if not isinstance(other, Vehicle):
            return NotImplemented
        return self.plate == other.plate

    def __str__(self):
        return f"{type(self).__name__} {self.plate}"


class Car(Vehicle):
    pass


class Motorbike(Vehicle):
    wheels = 2


class Van(Vehicle):
    def spaces_needed(self):
        return 2


class Garage:
    """A car park with several levels of equal size."""

    def __init__(self, name, levels=1, spaces_per_level=10):
        for value in (levels, spaces_per_level):
            if not isinstance(value, int) or value < 1:
                raise ValueError("levels and spaces_per_level must be ints >= 1")
        self.name = name
        self.spaces_per_level = spaces_per_level
        self._levels = [[] for _ in range(levels)]

    def _used_spaces(self, level):
        return sum(vehicle.spaces_needed() for vehicle in self._levels[level])

    def free_spaces(self, level):
        return self.spaces_per_level - self._used_spaces(level)

    def find(self, plate):
        plate = plate.strip().upper()
        for level in self._levels:
            for vehicle in level:
                if vehicle.plate == plate:
                    return vehicle
        return None

    def park(self, vehicle):
        if not isinstance(vehicle, Vehicle):
            raise TypeError("only vehicles can park")
        parked = self.find(vehicle.plate)
        if parked is vehicle:
            raise ValueError("already parked")
        if parked is not None:
            raise ValueError("duplicate plate")
        for number, level in enumerate(self._levels):
            if self.free_spaces(number) >= vehicle.spaces_needed():
                level.append(vehicle)
                return number
        return None

    def leave(self, vehicle):
        for level in self._levels:
            for parked in level:
                if parked == vehicle:
                    level.remove(parked)
                    return parked
        return None

    def __str__(self):
        lines = [self.name]
        for number, level in enumerate(self._levels):
            vehicles = ", ".join(str(vehicle) for vehicle in level) or "empty"
            used = self._used_spaces(number)
            lines.append(f"L{number} [{used}/{self.spaces_per_level}] {vehicles}")
        return "\n".join(lines)


if __name__ == "__main__":
    g = Garage("Central", levels=2, spaces_per_level=3)
    car = Car(" ab-123 ")
    print(g.park(car), g.park(Van("xy-9")), g.park(Motorbike("m-7")))
    print(g)
    print(g.leave(Car("ab-123")) is car, g.free_spaces(0))
