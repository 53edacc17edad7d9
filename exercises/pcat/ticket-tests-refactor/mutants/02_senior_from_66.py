# a 65-year-old pays the adult price (> 65 instead of >= 65)
"""Ticket prices at the Rialto cinema, in euros."""

ADULT = 12.0
CHILD = 7.0         # under 12
SENIOR = 8.0        # 65 and over
THREE_D = 3.0       # surcharge for a 3D screening, never discounted
TUESDAY = 1         # date.weekday(): Monday is 0, Sunday is 6


def ticket_price(age, weekday, three_d=False):
    """Return the price of one ticket.

    On Tuesdays the ticket (not the 3D surcharge) is half price.
    """
    if not 0 <= age <= 120:
        raise ValueError(f"impossible age: {age}")
    if weekday not in range(7):
        raise ValueError(f"weekday must be 0 (Monday) to 6 (Sunday), not {weekday}")
    if age < 12:
        price = CHILD
    elif age > 65:
        price = SENIOR
    else:
        price = ADULT
    surcharge = THREE_D if three_d else 0.0
    if weekday == TUESDAY:
        return price / 2 + surcharge
    return price + surcharge
