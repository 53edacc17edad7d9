# Mistake: no __deepcopy__, so copy.deepcopy copies everything reachable,
# including the shared catalog: a snapshot gets its own price list and no
# longer sees price changes (and memory is wasted on every snapshot).
"""Warehouse inventory with snapshots that can be restored."""
import copy


class Catalog:
    """The shop's price list: one object shared by every inventory."""

    def __init__(self, prices):
        self.prices = dict(prices)

    def price(self, sku):
        return self.prices[sku]


class Inventory:
    """Quantities per bin location: {"A1": {"SKU-1": 5}, ...}."""

    def __init__(self, catalog):
        self.catalog = catalog
        self.bins = {}

    def put(self, location, sku, qty):
        """Add qty of sku to a bin (a negative qty takes some out)."""
        shelf = self.bins.setdefault(location, {})
        shelf[sku] = shelf.get(sku, 0) + qty

    def total_value(self):
        return sum(qty * self.catalog.price(sku)
                   for shelf in self.bins.values() for sku, qty in shelf.items())

    def snapshot(self):
        """An independent copy of the stock that shares the catalog."""
        return copy.deepcopy(self)

    def restore(self, snapshot):
        """Go back to the stock of `snapshot`, which stays reusable."""
        self.bins = copy.deepcopy(snapshot.bins)


def shares_state(a, b):
    """Sorted names of the attributes a and b hold as the very same object."""
    other = vars(b)
    return sorted(name for name, value in vars(a).items()
                  if name in other and other[name] is value)
