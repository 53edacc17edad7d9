# Mistake: only the defect the traceback points at is fixed. nights() now
# subtracts real dates, but city_tax_cents() repeats the same day-of-month
# subtraction on its own: across a month end it taxes -28 nights, and the
# reported booking now costs 130.00 EUR instead of 285.00. Defects cluster:
# where you find one, look for its copies.
"""Prices of stays at the Seaview Guesthouse."""
from datetime import date, timedelta

NIGHTLY_CENTS = {"single": 6500, "double": 9000, "suite": 15000}
CAPACITY = {"single": 1, "double": 2, "suite": 4}
WEEKEND_SURCHARGE_CENTS = 2000
CITY_TAX_CENTS = 250
CITY_TAX_MAX_NIGHTS = 7


def nights(check_in, check_out):
    count = (check_out - check_in).days
    if count < 1:
        raise ValueError("a stay needs at least one night")
    return count


def weekend_nights(check_in, check_out):
    return sum(1 for i in range(nights(check_in, check_out))
               if (check_in + timedelta(days=i)).weekday() in (4, 5))


def city_tax_cents(guests, check_in, check_out):
    taxed = min(check_out.day - check_in.day, CITY_TAX_MAX_NIGHTS)
    return guests * taxed * CITY_TAX_CENTS


def quote_cents(room, guests, check_in, check_out):
    if room not in NIGHTLY_CENTS:
        raise ValueError(f"unknown room type: {room!r}")
    if not 1 <= guests <= CAPACITY[room]:
        raise ValueError(f"a {room} room takes 1 to {CAPACITY[room]} guests")
    return (nights(check_in, check_out) * NIGHTLY_CENTS[room]
            + weekend_nights(check_in, check_out) * WEEKEND_SURCHARGE_CENTS
            + city_tax_cents(guests, check_in, check_out))
