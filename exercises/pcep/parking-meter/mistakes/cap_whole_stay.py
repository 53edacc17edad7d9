# Mistake: applies the 9.00 cap to the whole stay instead of to each day.
def parking_fee(minutes):
    if minutes <= 30:
        return 0.0
    started_hours = minutes // 60
    if minutes % 60 != 0:
        started_hours += 1
    fee = started_hours * 1.20
    if fee > 9.00:
        fee = 9.00
    return fee
