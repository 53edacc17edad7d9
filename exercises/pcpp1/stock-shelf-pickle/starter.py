# Make StockItem picklable and store items in a shelve database (README).
import shelve


class StockItem:
    """A product in stock. `on_low_stock` is a callback set by the app."""

    VERSION = 2

    def __init__(self, sku, qty, location="MAIN"):
        self.sku = sku
        self.qty = qty
        self.location = location
        self.on_low_stock = None  # a function; functions like lambdas cannot be pickled

    # TODO: __getstate__ (without the callback, with "version": 2) and
    #       __setstate__ (accepts version 1 states, which have no location)

    def __repr__(self):
        return f"StockItem({self.sku!r}, {self.qty!r}, {self.location!r})"


def save_items(path, items):
    # TODO: shelve.open(path, "n"), one key per sku
    pass


def load_item(path, sku):
    # TODO: the stored item or None
    return None


def adjust(path, sku, delta):
    # TODO: change the stored quantity and return the new one
    return 0


def skus(path):
    # TODO: sorted keys of the shelf
    return []
