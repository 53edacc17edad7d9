"""Money as whole cents, so sums never drift like floats do."""


def _percent_of(cents, percent):
    """Return percent % of cents, rounded half up to a whole cent."""
    return (cents * percent + 50) // 100


def to_cents(text):
    """Turn a price such as "1.49" into whole cents (149)."""
    return round(float(text) * 100)


def format_cents(cents):
    """Turn whole cents (149) into text with two decimals ("1.49")."""
    return f"{cents // 100}.{cents % 100:02d}"


def line_total(quantity, unit_cents):
    """Return the price of `quantity` items at `unit_cents` each, in cents."""
    return quantity * unit_cents
