# Mistake: the code was COPIED into src/shelfmark/ but the old shelfmark.py
# was left at the top of the project, where it shadows the package for anyone
# running Python from the project folder.
"""ISBN tools (the old single-file module: move this code into src/shelfmark/).

TODO: isbn13_check_digit goes to src/shelfmark/_checksum.py (private), the
three other functions to src/shelfmark/isbn.py, and src/shelfmark/__init__.py
re-exports those three (with __all__) and defines __version__.
"""


def isbn13_check_digit(first12):
    """The 13th digit for 12 digits: weights 1, 3, 1, 3..., modulo 10."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def normalize_isbn(text):
    """Remove spaces and hyphens, uppercase a final x: ' 0-306-40615-x' -> '030640615X'."""
    return text.replace("-", "").replace(" ", "").upper()


def is_valid_isbn13(text):
    """True if text (hyphens allowed) is 13 digits with the right check digit."""
    digits = normalize_isbn(text)
    return len(digits) == 13 and digits.isdigit() and isbn13_check_digit(digits[:12]) == digits[12]


def isbn10_to_13(text):
    """Convert an ISBN-10 to its ISBN-13: '0-306-40615-2' -> '9780306406157'."""
    digits = normalize_isbn(text)
    if len(digits) != 10:
        raise ValueError(f"not an ISBN-10: {text!r}")
    first12 = "978" + digits[:9]
    return first12 + isbn13_check_digit(first12)
