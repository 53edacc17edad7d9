# Mistake: the symptom is patched instead of the defect. When the day-of-month
# difference is negative, 31 days are added. That makes the reported March
# booking right (March has 31 days), but every other month end is still
# wrong: 28 February to 1 March 2024 becomes 4 nights instead of 2, and a
# reversed stay across a month end is accepted.
"""Prices of stays at the Seaview Guesthouse."""
from datetime import date, timedelta

NIGHTLY_CENTS = {"single": 6500, "double": 9000, "suite": 15000}
CAPACITY = {"single": 1, "double": 2, "suite": 4}
WEEKEND_SURCHARGE_CENTS = 2000
CITY_TAX_CENTS = 250
CITY_TAX_MAX_NIGHTS = 7


def nights(check_in, check_out):
    count = check_out.day - check_in.day
    if count < 0:
        count += 31
    if count < 1:
        raise ValueError("a stay needs at least one night")
    return count


def weekend_nights(check_in, check_out):
    return sum(1 for i in range(nights(check_in, check_out))
               if (check_in + timedelta(days=i)).weekday() in (4, 5))


def city_tax_cents(guests, check_in, check_out):
    days = check_out.day - check_in.day
    if days < 0:
        days += 31
    taxed = min(days, CITY_TAX_MAX_NIGHTS)
    return guests * taxed * CITY_TAX_CENTS


def quote_cents(room, guests, check_in, check_out):
    if room not in NIGHTLY_CENTS:
        raise ValueError(f"unknown room type: {room!r}")
    if not 1 <= guests <= CAPACITY[room]:
        raise ValueError(f"a {room} room takes 1 to {CAPACITY[room]} guests")
    return (nights(check_in, check_out) * NIGHTLY_CENTS[room]
            + weekend_nights(check_in, check_out) * WEEKEND_SURCHARGE_CENTS
            + city_tax_cents(guests, check_in, check_out))
