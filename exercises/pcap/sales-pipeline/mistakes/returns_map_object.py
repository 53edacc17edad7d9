# Mistake: returns map(...) itself. In Python 3 map() is a lazy iterator, not
# a list, so the caller gets <map object at ...> instead of the numbers.
def line_total(sale):
    """Return quantity times unit price of one sale."""
    return sale["qty"] * sale["price"]


def select(sales, predicate):
    """Return the ids of the sales for which predicate(sale) is true, in order."""
    return map(lambda sale: sale["id"], filter(predicate, sales))


def line_totals(sales):
    """Return the list of quantity * price of every sale, in order."""
    return map(lambda sale: sale["qty"] * sale["price"], sales)


def top_sales(sales, n):
    """Return the ids of the n paid sales with the highest totals, highest first."""
    paid = filter(lambda sale: sale["status"] == "paid", sales)
    ranked = sorted(paid, key=lambda sale: (-line_total(sale), sale["id"]))
    return [sale["id"] for sale in ranked[:n]]


def region_report(sales):
    """Return (region, total of paid sales) pairs, highest total first."""
    paid = [sale for sale in sales if sale["status"] == "paid"]
    totals = {}
    for sale in paid:
        totals[sale["region"]] = totals.get(sale["region"], 0) + line_total(sale)
    return sorted(totals.items(), key=lambda pair: (-pair[1], pair[0]))
