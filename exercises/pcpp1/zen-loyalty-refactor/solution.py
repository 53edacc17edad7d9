"""Loyalty points for the orders of the Bean There coffee shop."""
import math

WEEKEND = {"Sat", "Sun"}
MAX_POINTS = 500
BONUS_PREFIX = "BONUS+"


def coupon_bonus(coupon):
    """Return the extra points of a coupon such as 'BONUS+50', 0 for none.

    Raise ValueError for any other coupon text.
    """
    if not coupon:
        return 0
    amount = coupon.removeprefix(BONUS_PREFIX)
    if not coupon.startswith(BONUS_PREFIX) or not amount.isdigit():
        raise ValueError(f"unknown coupon: {coupon}")
    return int(amount)


def points(order):
    """Return the loyalty points one order earns."""
    if not order.get("member") or order["total"] <= 0:
        return 0
    earned = math.floor(order["total"])
    if order.get("day") in WEEKEND:
        earned *= 2
    earned += coupon_bonus(order.get("coupon"))
    return min(earned, MAX_POINTS)


def summarize(orders):
    """Add up the points per customer; list the orders with a bad coupon."""
    totals = {}
    rejected = []
    for order in orders:
        try:
            earned = points(order)
        except ValueError:  # explicitly silenced: the order is reported
            rejected.append(order["id"])
            continue
        customer = order["customer"]
        totals[customer] = totals.get(customer, 0) + earned
    return {"points": totals, "rejected": rejected}
