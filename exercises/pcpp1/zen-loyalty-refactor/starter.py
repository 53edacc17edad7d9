# Refactor this module to the Zen of Python (see README.md): the same points
# for good orders, a ValueError for an unknown coupon, and flat, explicit,
# simple code. It runs as it is, but breaks most of the rules.
from math import *

WEEKEND = ("Sat", "Sun")
rejected_count = 0


def points(o):
    global rejected_count
    try:
        if o.get("member"):
            if o["total"] > 0:
                p = floor(o["total"])
                if o.get("day") in WEEKEND:
                    p = p * 2
                if o.get("coupon"):
                    if o["coupon"].startswith("BONUS+"):
                        p += eval(o["coupon"][6:])
                    else:
                        raise Exception("bad")
                return p if p <= 500 else 500
            else:
                return 0
        else:
            return 0
    except:
        rejected_count += 1; return 0


def summarize(orders):
    s = {}; r = []
    for o in orders:
        before = rejected_count
        p = points(o)
        if rejected_count != before:
            r.append(o["id"])
        else:
            s[o["customer"]] = s.get(o["customer"], 0) + p
    return {"points": s, "rejected": r}
