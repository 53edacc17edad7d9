"""Reading, checking and converting ISBNs."""
from ._checksum import isbn13_check_digit


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
