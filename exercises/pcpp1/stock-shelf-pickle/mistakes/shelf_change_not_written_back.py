# Mistake: adjust() changes the item it read from the shelf but never assigns
# it back. shelf[sku] returns a fresh unpickled copy each time (writeback is
# off), so the change is lost when the shelf is closed.
"""Stock items that survive pickling, stored in a shelve database."""
import shelve


class StockItem:
    """A product in stock. `on_low_stock` is a callback set by the app."""

    VERSION = 2

    def __init__(self, sku, qty, location="MAIN"):
        self.sku = sku
        self.qty = qty
        self.location = location
        self.on_low_stock = None  # a function; functions like lambdas cannot be pickled

    def __getstate__(self):
        state = self.__dict__.copy()   # never change the live object
        del state["on_low_stock"]
        state["version"] = self.VERSION
        return state

    def __setstate__(self, state):
        state = dict(state)
        version = state.pop("version", 1)
        if version < 2:                # version 1 had no location
            state.setdefault("location", "MAIN")
        self.__dict__.update(state)
        self.on_low_stock = None

    def __repr__(self):
        return f"StockItem({self.sku!r}, {self.qty!r}, {self.location!r})"


def save_items(path, items):
    """Replace the shelf at `path` with `items`, keyed by sku."""
    with shelve.open(path, "n") as shelf:
        for item in items:
            shelf[item.sku] = item


def load_item(path, sku):
    """The item stored under `sku`, or None."""
    with shelve.open(path) as shelf:
        return shelf.get(sku)


def adjust(path, sku, delta):
    """Change the stored quantity of `sku` by `delta`; return the new quantity."""
    with shelve.open(path) as shelf:
        item = shelf[sku]          # a fresh unpickled copy
        item.qty += delta
        return item.qty


def skus(path):
    """The sorted keys of the shelf."""
    with shelve.open(path) as shelf:
        return sorted(shelf.keys())
