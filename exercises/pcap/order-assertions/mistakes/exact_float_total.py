# Mistake: compares the stated total and the computed one with ==. Float sums such as
# 3 * 0.1 give 0.30000000000000004, so correct orders are reported as broken.
def check_order(order):
    """Assert the order's invariants; return the items' total rounded to cents."""
    items = order["items"]
    assert items, "no items"
    computed = 0.0
    for name, quantity, price in items:
        assert quantity > 0, f"{name}: quantity {quantity} is not positive"
        assert price >= 0, f"{name}: price {price:.2f} is negative"
        computed += quantity * price
    total = order["total"]
    assert total == computed, \
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
