# Normalise order dates written in the formats of three marketplaces.
from datetime import datetime

FORMATS = [
    "%Y-%m-%d",   # 2025-03-04  (the shop's own system)
    "%d/%m/%Y",   # 04/03/2025  (marketplace B, day first)
    "%d %b %Y",   # 4 Mar 2025  (marketplace C)
    "%B %d, %Y",  # March 4, 2025  (marketplace C, newer exports)
    "%Y%m%d",     # 20250304  (marketplace D)
]


def to_iso(text):
    """Return the date in `text` as 'YYYY-MM-DD', or None."""
    # TODO: try each pattern with datetime.strptime(); a ValueError means
    #       "not this one, try the next". Return None only if none fits.
    return None


def days_between(first, second):
    """Return the days from `first` to `second` (negative if earlier), or None."""
    # TODO: parse both cells; subtract the dates and return .days.
    return None
