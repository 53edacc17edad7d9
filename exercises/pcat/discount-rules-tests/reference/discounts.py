"""Discount rules of the Corner Shop web store.

Prices are in euros. Every function that returns money returns a float
rounded to whole cents, halves of a cent rounded up.
"""
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

# code -> (percent off, last day the code can be used)
COUPONS = {
    "WELCOME10": (10, date(2030, 12, 31)),
    "SPRING25": (25, date(2025, 5, 31)),
    "FRIENDS15": (15, date(2026, 8, 31)),
}

# loyalty tier -> percent off
LOYALTY_PERCENT = {"basic": 0, "silver": 5, "gold": 10}

CENT = Decimal("0.01")


def round_cents(amount):
    """Round an amount to whole cents, halves up: 0.125 -> 0.13."""
    return float(Decimal(str(amount)).quantize(CENT, rounding=ROUND_HALF_UP))


def loyalty_tier(points):
    """Return "gold" (1000+ points), "silver" (500+) or "basic"."""
    if points < 0:
        raise ValueError("points cannot be negative")
    if points >= 1000:
        return "gold"
    if points >= 500:
        return "silver"
    return "basic"


def coupon_percent(code, today=None):
    """Return the percent off of a coupon code valid on `today`.

    Codes ignore case and surrounding spaces. Raise ValueError for an
    unknown code or a code used after its last day.
    """
    if today is None:
        today = date.today()
    key = code.strip().upper()
    if key not in COUPONS:
        raise ValueError(f"unknown coupon code: {code!r}")
    percent, last_day = COUPONS[key]
    if today > last_day:
        raise ValueError(f"coupon {key} expired on {last_day.isoformat()}")
    return percent


def price_after_discount(total, code=None, points=0, today=None):
    """Return what the customer pays for a basket of `total` euros.

    The coupon `code` (if any) and the loyalty tier of `points` do not
    add up: the larger of the two discounts applies.
    """
    if total < 0:
        raise ValueError("total cannot be negative")
    percent = LOYALTY_PERCENT[loyalty_tier(points)]
    if code is not None:
        percent = max(percent, coupon_percent(code, today))
    return round_cents(Decimal(str(total)) * (100 - percent) / 100)
