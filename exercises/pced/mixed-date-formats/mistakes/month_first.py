# Mistake: reads marketplace B's dates the American way (%m/%d/%Y), so
# 04/03/2025 becomes 3 April instead of 4 March.
from datetime import datetime

FORMATS = [
    "%Y-%m-%d",   # 2025-03-04  (the shop's own system)
    "%m/%d/%Y",   # 04/03/2025  (marketplace B)
    "%d %b %Y",   # 4 Mar 2025  (marketplace C)
    "%B %d, %Y",  # March 4, 2025  (marketplace C, newer exports)
    "%Y%m%d",     # 20250304  (marketplace D)
]


def parse_date(text):
    """Return the date written in `text`, or None when no format fits."""
    text = text.strip()
    for pattern in FORMATS:
        try:
            moment = datetime.strptime(text, pattern)
        except ValueError:
            continue
        break
    else:
        return None
    return moment.date()


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
