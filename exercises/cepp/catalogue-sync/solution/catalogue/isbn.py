"""ISBN checking and normalisation to ISBN-13."""


class InvalidIsbn(ValueError):
    """Not a valid ISBN-10 or ISBN-13."""


def check13(first12):
    """The check digit of an ISBN-13 whose first 12 digits are given."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def normalize(raw):
    """'0-306-40615-2' -> '9780306406157'. Hyphens and spaces are ignored.

    Raises InvalidIsbn when the text is not a valid ISBN-10 or ISBN-13.
    """
    text = "".join(str(raw).split()).replace("-", "").upper()
    if len(text) == 13 and text.isdigit():
        if check13(text[:12]) != text[12]:
            raise InvalidIsbn(f"bad check digit in {raw!r}")
        return text
    if len(text) == 10 and text[:9].isdigit() and (text[9].isdigit() or text[9] == "X"):
        digits = [int(d) for d in text[:9]] + [10 if text[9] == "X" else int(text[9])]
        if sum(d * (10 - i) for i, d in enumerate(digits)) % 11:
            raise InvalidIsbn(f"bad check digit in {raw!r}")
        body = "978" + text[:9]
        return body + check13(body)
    raise InvalidIsbn(f"not an ISBN: {raw!r}")
