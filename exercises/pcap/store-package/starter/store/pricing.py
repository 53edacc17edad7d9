"""Money as whole cents, so sums never drift like floats do."""

# TODO: a private helper _percent_of(cents, percent), rounding half up.


def to_cents(text):
    """Turn a price such as "1.49" into whole cents (149)."""
    return 0  # TODO


def format_cents(cents):
    """Turn whole cents (149) into text with two decimals ("1.49")."""
    return ""  # TODO


def line_total(quantity, unit_cents):
    """Return the price of `quantity` items at `unit_cents` each, in cents."""
    return 0  # TODO
