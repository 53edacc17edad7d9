# clashes only compares each booking with the next one in id order
"""Stays at the Lakeside Cottage: the date ranges of the booking calendar.

A stay is written "ARRIVAL..DEPARTURE" ("2025-07-01..2025-07-05") or
"ARRIVAL+NIGHTS" ("2025-07-01+4"). Guests sleep the nights from the arrival
date up to, but not including, the departure date: on the departure day the
cottage is free again for the next guests (a changeover day).
"""
import calendar
from datetime import date, timedelta

MAX_NIGHTS = 28


def _parse_date(text):
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"bad date {text.strip()!r}: use YYYY-MM-DD") from None


def parse_stay(text):
    """Return (arrival, departure) as dates for "A..D" or "A+NIGHTS"."""
    text = text.strip()
    if ".." in text:
        first, _, second = text.partition("..")
        arrival = _parse_date(first)
        departure = _parse_date(second)
    elif "+" in text:
        first, _, nights = text.partition("+")
        arrival = _parse_date(first)
        if not nights.strip().isdigit():
            raise ValueError(f"bad number of nights {nights.strip()!r}")
        departure = arrival + timedelta(days=int(nights))
    else:
        raise ValueError(f"bad stay {text!r}: use ARRIVAL..DEPARTURE or ARRIVAL+NIGHTS")
    if departure <= arrival:
        raise ValueError(f"departure {departure} is not after arrival {arrival}")
    nights = (departure - arrival).days
    if nights > MAX_NIGHTS:
        raise ValueError(f"a stay is at most {MAX_NIGHTS} nights, not {nights}")
    return arrival, departure


def _nights(text):
    """The dates of the nights of a stay (each night is named by its evening)."""
    arrival, departure = parse_stay(text)
    return [arrival + timedelta(days=i) for i in range((departure - arrival).days)]


def nights_by_month(text):
    """Return {"YYYY-MM": nights} for a stay, e.g. a stay over the end of July."""
    counts = {}
    for night in _nights(text):
        key = f"{night.year:04d}-{night.month:02d}"
        counts[key] = counts.get(key, 0) + 1
    return counts


def occupancy(stays, year, month):
    """Return the fraction (0.0 to 1.0) of the nights of a month that are booked.

    A night booked by two overlapping stays counts once.
    """
    booked = {night for text in stays for night in _nights(text)}
    in_month = [night for night in booked if (night.year, night.month) == (year, month)]
    return len(in_month) / calendar.monthrange(year, month)[1]


def free_nights(stays, year, month):
    """Return the nights of a month that no stay books, as sorted dates."""
    booked = {night for text in stays for night in _nights(text)}
    days = calendar.monthrange(year, month)[1]
    every_night = [date(year, month, day) for day in range(1, days + 1)]
    return [night for night in every_night if night not in booked]


def clashes(bookings):
    """Return the pairs of booking ids whose stays share at least one night.

    `bookings` maps a booking id to its stay. Each pair is a tuple with the
    smaller id first; the pairs come in no particular order.
    """
    ranges = {booking: parse_stay(text) for booking, text in bookings.items()}
    ids = sorted(ranges)
    pairs = []
    for i, first in enumerate(ids):
        for second in ids[i + 1:i + 2]:
            (a1, d1), (a2, d2) = ranges[first], ranges[second]
            if a1 < d2 and a2 < d1:
                pairs.append((first, second))
    return pairs
