FREE_MINUTES = 30
HOURLY_RATE = 1.20
DAILY_CAP = 9.00
MINUTES_PER_DAY = 24 * 60


def parking_fee(minutes):
    """Return the parking fee in euros for a stay of `minutes` minutes."""
    if minutes <= FREE_MINUTES:
        return 0.0

    full_days = minutes // MINUTES_PER_DAY
    rest = minutes % MINUTES_PER_DAY

    started_hours = rest // 60
    if rest % 60 != 0:
        started_hours += 1

    rest_fee = started_hours * HOURLY_RATE
    if rest_fee > DAILY_CAP:
        rest_fee = DAILY_CAP

    return full_days * DAILY_CAP + rest_fee
