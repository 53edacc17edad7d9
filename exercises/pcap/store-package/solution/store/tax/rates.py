"""Tax rates per category of goods, in percent."""

from store.pricing import _percent_of

RATES = {"food": 5, "books": 0, "general": 20}


def rate_for(category):
    """Return the tax rate of a category; unknown categories pay the general rate."""
    return RATES.get(category, RATES["general"])


def tax_on(cents, category):
    """Return the tax on an amount in cents, rounded half up to a whole cent."""
    return _percent_of(cents, rate_for(category))
