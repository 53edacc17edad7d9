"""Unit conversions for the hiking club's trip planner."""

import math as m
import os.path
from math import pi

KM_PER_MILE = 1.609344


def km_to_miles(km):
    """Kilometres to miles."""
    return km / KM_PER_MILE


def miles_to_km(miles):
    """Miles to kilometres."""
    return miles * KM_PER_MILE


def celsius_to_fahrenheit(celsius):
    """Degrees Celsius to degrees Fahrenheit."""
    return celsius * 9 / 5 + 32


def fahrenheit_to_celsius(fahrenheit):
    """Degrees Fahrenheit to degrees Celsius."""
    return (fahrenheit - 32) * 5 / 9


def degrees_to_radians(degrees):
    """An angle in degrees to radians."""
    return degrees * pi / 180


def percent_to_degrees(grade):
    """A trail's slope in percent (rise per 100 of run) to its angle in degrees."""
    return m.degrees(m.atan(grade / 100))


def file_size_kib(path):
    """The size of a file in KiB (1 KiB = 1024 bytes)."""
    return os.path.getsize(path) / 1024


def convert(value, source, target):
    """Convert value from unit `source` to unit `target`, e.g. convert(5, "km", "miles")."""
    name = f"{source}_to_{target}"
    if name not in CONVERSIONS:
        raise ValueError(f"no conversion from {source} to {target}")
    return globals()[name](value)


# dir() without an argument, at module level, lists the names defined so far:
# this line must stay below every conversion function.
CONVERSIONS = sorted(name for name in dir() if "_to_" in name)
