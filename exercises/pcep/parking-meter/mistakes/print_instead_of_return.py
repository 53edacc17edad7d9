# Mistake: prints the fee instead of returning it, so the function returns None.
def parking_fee(minutes):
    if minutes <= 30:
        print(0.0)
        return
    full_days = minutes // 1440
    rest = minutes % 1440
    started_hours = rest // 60
    if rest % 60 != 0:
        started_hours += 1
    rest_fee = started_hours * 1.20
    if rest_fee > 9.00:
        rest_fee = 9.00
    print(full_days * 9.00 + rest_fee)
