"""Unit conversions for the hiking club's trip planner."""

# TODO: the three imports, exactly in these forms:
#       math under the alias m, pi by name from math, os.path by its full name.

KM_PER_MILE = 1.609344


def km_to_miles(km):
    """Kilometres to miles."""
    return 0.0  # TODO


def miles_to_km(miles):
    """Miles to kilometres."""
    return 0.0  # TODO


def celsius_to_fahrenheit(celsius):
    """Degrees Celsius to degrees Fahrenheit."""
    return 0.0  # TODO


def fahrenheit_to_celsius(fahrenheit):
    """Degrees Fahrenheit to degrees Celsius."""
    return 0.0  # TODO


def degrees_to_radians(degrees):
    """An angle in degrees to radians (use pi)."""
    return 0.0  # TODO


def percent_to_degrees(grade):
    """A trail's slope in percent to its angle in degrees (use m.atan and m.degrees)."""
    return 0.0  # TODO


def file_size_kib(path):
    """The size of a file in KiB (use os.path.getsize)."""
    return 0.0  # TODO


def convert(value, source, target):
    """Convert value from unit `source` to unit `target`, e.g. convert(5, "km", "miles")."""
    return 0.0  # TODO


# TODO: CONVERSIONS, built with dir(), as the last line of the module.
CONVERSIONS = []
