# Complete the four sample classes, then describe() and lineage().
# Read README.md for the exact keys of the dict describe() returns.


class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."


class Dog(Animal):
    # TODO: __init__ (super() and a new tricks list) and speak()
    pass


class Robot:
    # TODO: __init__ with a private __serial, and recharge()
    pass


class RoboDog(Dog, Robot):
    # TODO: __init__(self, name, serial) calling both base constructors
    pass


def describe(obj, attributes=()):
    # TODO: use type(obj), its __name__, __module__ and __bases__,
    #       hasattr() and the object's __dict__ (if it has one).
    return {}


def lineage(cls):
    # TODO: follow the first base class until there is none.
    return []
