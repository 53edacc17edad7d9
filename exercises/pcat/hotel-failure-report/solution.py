"""Prices of stays at the Seaview Guesthouse.

Money is in euro cents (an int). A stay runs from the check-in date to the
check-out date; the guest sleeps the nights in between (check-in on 1 March,
check-out on 3 March: 2 nights).
"""
from datetime import date, timedelta

NIGHTLY_CENTS = {"single": 6500, "double": 9000, "suite": 15000}
CAPACITY = {"single": 1, "double": 2, "suite": 4}
WEEKEND_SURCHARGE_CENTS = 2000  # for each Friday or Saturday night
CITY_TAX_CENTS = 250            # per guest and night
CITY_TAX_MAX_NIGHTS = 7         # longer stays are taxed for 7 nights only


def nights(check_in, check_out):
    """Return the number of nights of a stay (a ValueError if there are none)."""
    count = (check_out - check_in).days
    if count < 1:
        raise ValueError("a stay needs at least one night")
    return count


def weekend_nights(check_in, check_out):
    """Return how many nights of the stay are Friday or Saturday nights."""
    return sum(1 for i in range(nights(check_in, check_out))
               if (check_in + timedelta(days=i)).weekday() in (4, 5))


def city_tax_cents(guests, check_in, check_out):
    """Return the city tax: per guest and night, at most 7 nights taxed."""
    taxed = min(nights(check_in, check_out), CITY_TAX_MAX_NIGHTS)
    return guests * taxed * CITY_TAX_CENTS


def quote_cents(room, guests, check_in, check_out):
    """Return the full price of a stay: room, weekend surcharges, city tax."""
    if room not in NIGHTLY_CENTS:
        raise ValueError(f"unknown room type: {room!r}")
    if not 1 <= guests <= CAPACITY[room]:
        raise ValueError(f"a {room} room takes 1 to {CAPACITY[room]} guests")
    return (nights(check_in, check_out) * NIGHTLY_CENTS[room]
            + weekend_nights(check_in, check_out) * WEEKEND_SURCHARGE_CENTS
            + city_tax_cents(guests, check_in, check_out))

