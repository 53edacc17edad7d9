# Mistake: counts only full hours (rest // 60), so a started hour is not charged.
def parking_fee(minutes):
    if minutes <= 30:
        return 0.0
    full_days = minutes // 1440
    rest = minutes % 1440
    rest_fee = rest // 60 * 1.20
    if rest_fee > 9.00:
        rest_fee = 9.00
    return full_days * 9.00 + rest_fee
