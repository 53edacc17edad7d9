# Mistake: puts the condition and the message of assert in parentheses. That asserts a
# non-empty tuple, which is always true, so bad quantities and prices are never caught.
def check_order(order):
    """Assert the order's invariants; return the items' total rounded to cents."""
    items = order["items"]
    assert items, "no items"
    computed = 0.0
    for name, quantity, price in items:
        assert (quantity > 0, f"{name}: quantity {quantity} is not positive")
        assert (price >= 0, f"{name}: price {price:.2f} is negative")
        computed += quantity * price
    total = order["total"]
    assert abs(total - computed) < 0.005, \
        f"total {total:.2f} does not match items {computed:.2f}"
    assert order["paid"] <= total, f"paid {order['paid']:.2f} is more than total {total:.2f}"
    return round(computed, 2)


def broken_rule(order):
    """Return the message of the first broken invariant, or None."""
    try:
        check_order(order)
    except AssertionError as e:
        return e.args[0]
    return None


def audit(orders):
    """Return one report line per order: "ID: ok" or "ID: MESSAGE"."""
    report = []
    for order in orders:
        problem = broken_rule(order)
        if problem is None:
            report.append(f"{order['id']}: ok")
        else:
            report.append(f"{order['id']}: {problem}")
    return report
