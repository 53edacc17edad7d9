# Mistake: returns None as soon as one pattern fails, so only dates in the
# first pattern (ISO) are ever recognised.
from datetime import datetime

FORMATS = [
    "%Y-%m-%d",   # 2025-03-04  (the shop's own system)
    "%d/%m/%Y",   # 04/03/2025  (marketplace B, day first)
    "%d %b %Y",   # 4 Mar 2025  (marketplace C)
    "%B %d, %Y",  # March 4, 2025  (marketplace C, newer exports)
    "%Y%m%d",     # 20250304  (marketplace D)
]


def parse_date(text):
    """Return the date written in `text`, or None when no format fits."""
    text = text.strip()
    for pattern in FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            return None
    return None


def to_iso(text):
    """Return the date in `text` as 'YYYY-MM-DD', or None."""
    day = parse_date(text)
    if day is None:
        return None
    return day.isoformat()


def days_between(first, second):
    """Return the days from `first` to `second` (negative if earlier), or None."""
    start = parse_date(first)
    end = parse_date(second)
    if start is None or end is None:
        return None
    return (end - start).days
