# Mistake: the fix introduces a regression. While rewriting nights() with
# real date arithmetic, the "at least one night" check was dropped as if it
# were part of the bug: a stay with check-out on (or before) the check-in day
# now costs 0 or a negative price instead of raising ValueError.
"""Prices of stays at the Seaview Guesthouse."""
from datetime import date, timedelta

NIGHTLY_CENTS = {"single": 6500, "double": 9000, "suite": 15000}
CAPACITY = {"single": 1, "double": 2, "suite": 4}
WEEKEND_SURCHARGE_CENTS = 2000
CITY_TAX_CENTS = 250
CITY_TAX_MAX_NIGHTS = 7


def nights(check_in, check_out):
    return (check_out - check_in).days


def weekend_nights(check_in, check_out):
    return sum(1 for i in range(nights(check_in, check_out))
               if (check_in + timedelta(days=i)).weekday() in (4, 5))


def city_tax_cents(guests, check_in, check_out):
    taxed = min(nights(check_in, check_out), CITY_TAX_MAX_NIGHTS)
    return guests * taxed * CITY_TAX_CENTS


def quote_cents(room, guests, check_in, check_out):
    if room not in NIGHTLY_CENTS:
        raise ValueError(f"unknown room type: {room!r}")
    if not 1 <= guests <= CAPACITY[room]:
        raise ValueError(f"a {room} room takes 1 to {CAPACITY[room]} guests")
    return (nights(check_in, check_out) * NIGHTLY_CENTS[room]
            + weekend_nights(check_in, check_out) * WEEKEND_SURCHARGE_CENTS
            + city_tax_cents(guests, check_in, check_out))
