def select(sales, predicate):
    """Return the ids of the sales for which predicate(sale) is true, in order."""
    # TODO: filter() the sales with predicate, then map() each sale to its id.
    return []


def line_totals(sales):
    """Return the list of quantity * price of every sale, in order."""
    # TODO: map() with a lambda; remember that map() gives an iterator.
    return []


def top_sales(sales, n):
    """Return the ids of the n paid sales with the highest totals, highest first."""
    # TODO: keep the paid sales, sorted() them with key=lambda ...,
    #       and return the first n ids.
    return []


def region_report(sales):
    """Return (region, total of paid sales) pairs, highest total first."""
    # TODO: add up the paid totals per region in a dict, then sort its items.
    return []
