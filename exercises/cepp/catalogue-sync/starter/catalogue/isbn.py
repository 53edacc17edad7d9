"""ISBN checking and normalisation to ISBN-13."""


class InvalidIsbn(ValueError):
    """Not a valid ISBN-10 or ISBN-13."""


def check13(first12):
    """The check digit of an ISBN-13 whose first 12 digits are given.

    TODO: weights 1, 3, 1, 3, ...; the digit that makes the total a multiple of 10.
    """
    return "0"


def normalize(raw):
    """'0-306-40615-2' -> '9780306406157'. Hyphens and spaces are ignored.

    TODO: check ISBN-13 and ISBN-10 (weights 10..1, sum divisible by 11, X = 10)
    and turn an ISBN-10 into an ISBN-13. Raise InvalidIsbn otherwise.
    """
    return "".join(str(raw).split()).replace("-", "")
