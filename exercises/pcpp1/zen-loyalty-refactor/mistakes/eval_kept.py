# Mistake: a clean, flat refactor that still reads the bonus with eval():
# "BONUS+5*100" is run as code and gives 500 extra points instead of being
# refused, and eval is anything but explicit.
"""Loyalty points for the orders of the Bean There coffee shop."""
import math

WEEKEND = {"Sat", "Sun"}
MAX_POINTS = 500


def coupon_bonus(coupon):
    """Return the extra points of a coupon such as 'BONUS+50', 0 for none."""
    if not coupon:
        return 0
    if not coupon.startswith("BONUS+"):
        raise ValueError(f"unknown coupon: {coupon}")
    try:
        return int(eval(coupon[6:]))
    except SyntaxError as error:
        raise ValueError(f"unknown coupon: {coupon}") from error


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
