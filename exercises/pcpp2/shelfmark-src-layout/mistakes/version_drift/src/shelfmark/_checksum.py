"""Check digits of ISBN-13 (a private module of the package)."""


def isbn13_check_digit(first12):
    """The 13th digit for 12 digits: weights 1, 3, 1, 3..., modulo 10."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)
