# Mistake: fixes the imports, the global, eval and the bare except, but keeps
# the pyramid of nested ifs: the happy path sits four levels deep.
"""Loyalty points for the orders of the Bean There coffee shop."""
import math

WEEKEND = {"Sat", "Sun"}


def points(order):
    """Return the loyalty points one order earns."""
    earned = 0
    if order.get("member"):
        if order["total"] > 0:
            earned = math.floor(order["total"])
            if order.get("day") in WEEKEND:
                earned *= 2
            coupon = order.get("coupon")
            if coupon:
                if coupon.startswith("BONUS+") and coupon[6:].isdigit():
                    earned += int(coupon[6:])
                else:
                    raise ValueError(f"unknown coupon: {coupon}")
    return min(earned, 500)


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
        totals[order["customer"]] = totals.get(order["customer"], 0) + earned
    return {"points": totals, "rejected": rejected}
