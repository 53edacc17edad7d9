# Mistake: uses `<` instead of `<=`, so a stay of exactly 30 minutes is charged.
def parking_fee(minutes):
    if minutes < 30:
        return 0.0
    full_days = minutes // 1440
    rest = minutes % 1440
    started_hours = rest // 60
    if rest % 60 != 0:
        started_hours += 1
    rest_fee = started_hours * 1.20
    if rest_fee > 9.00:
        rest_fee = 9.00
    return full_days * 9.00 + rest_fee
