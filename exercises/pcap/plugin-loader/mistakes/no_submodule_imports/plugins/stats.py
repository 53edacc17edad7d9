"""Plugin: numbers separated by spaces."""

# Imported under a private name: `fsum` would otherwise look like a plugin function.
from math import fsum as _fsum


def _numbers(text):
    """The numbers in the text, as floats."""
    return [float(word) for word in text.split()]


def total(text):
    """The sum of the numbers."""
    return f"{_fsum(_numbers(text)):g}"


def mean(text):
    """The average of the numbers."""
    numbers = _numbers(text)
    if not numbers:
        return "no numbers"
    return f"{_fsum(numbers) / len(numbers):g}"


def largest(text):
    """The largest number."""
    numbers = _numbers(text)
    if not numbers:
        return "no numbers"
    return f"{max(numbers):g}"
