# Mistake: the constructor stores the starting value straight into the private
# attribute, so it is never validated: TemperatureSensor("Oven", celsius=200) works.
ABSOLUTE_ZERO = -273.15


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class TemperatureSensor:
    """A temperature probe that checks every value it is given."""

    def __init__(self, name, celsius=20.0, low=-40.0, high=125.0):
        if not isinstance(name, str) or not name:
            raise ValueError("name must be a non-empty str")
        if not (_is_number(low) and _is_number(high)) or not ABSOLUTE_ZERO <= low < high:
            raise ValueError(f"need {ABSOLUTE_ZERO} <= low < high, got {low!r}, {high!r}")
        self.__name = name
        self.__low = low
        self.__high = high
        self.__celsius = celsius
        self.__max_seen = celsius

    @property
    def celsius(self):
        return self.__celsius

    @celsius.setter
    def celsius(self, value):
        if not _is_number(value):
            raise TypeError(f"celsius must be a number, not {type(value).__name__}")
        if not self.__low <= value <= self.__high:
            raise ValueError(f"{value} is outside {self.__low}..{self.__high}")
        self.__celsius = float(value)
        if self.__max_seen is None or self.__celsius > self.__max_seen:
            self.__max_seen = self.__celsius

    @property
    def fahrenheit(self):
        return self.__celsius * 9 / 5 + 32

    @property
    def max_seen(self):
        return self.__max_seen

    @property
    def name(self):
        return self.__name

    @property
    def low(self):
        return self.__low

    @property
    def high(self):
        return self.__high

