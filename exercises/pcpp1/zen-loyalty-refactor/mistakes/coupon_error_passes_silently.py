# Mistake: flattens the code nicely, but turns a bad coupon into "no bonus"
# with `except ValueError: pass`: the error passes silently, points() never
# raises, and summarize() never rejects anything.
"""Loyalty points for the orders of the Bean There coffee shop."""
import math

WEEKEND = {"Sat", "Sun"}
MAX_POINTS = 500


def coupon_bonus(coupon):
    """Return the extra points of a coupon such as 'BONUS+50'."""
    bonus = 0
    try:
        bonus = int(coupon.removeprefix("BONUS+"))
    except (ValueError, AttributeError):
        pass
    return bonus


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
        except ValueError:
            rejected.append(order["id"])
            continue
        customer = order["customer"]
        totals[customer] = totals.get(customer, 0) + earned
    return {"points": totals, "rejected": rejected}
