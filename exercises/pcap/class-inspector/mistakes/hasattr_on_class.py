# Mistake: asks hasattr() of the CLASS instead of the object, so instance
# variables such as name or tricks (created in __init__) are never found.
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."


class Dog(Animal):
    def __init__(self, name):
        super().__init__(name)
        self.tricks = []

    def speak(self):
        return "Woof"


class Robot:
    def __init__(self, serial):
        self.__serial = serial

    def recharge(self):
        return "charging"


class RoboDog(Dog, Robot):
    def __init__(self, name, serial):
        Dog.__init__(self, name)
        Robot.__init__(self, serial)


def describe(obj, attributes=()):
    """Summarise an object's class, module, bases and attributes."""
    cls = type(obj)
    if hasattr(obj, "__dict__"):
        instance_vars = sorted(obj.__dict__)
    else:
        instance_vars = []
    return {
        "class": cls.__name__,
        "module": cls.__module__,
        "bases": [base.__name__ for base in cls.__bases__],
        "has": [name for name in attributes if hasattr(cls, name)],
        "instance_vars": instance_vars,
    }


def lineage(cls):
    """Class names from cls up to object, following the first base."""
    names = [cls.__name__]
    while cls.__bases__:
        cls = cls.__bases__[0]
        names.append(cls.__name__)
    return names

