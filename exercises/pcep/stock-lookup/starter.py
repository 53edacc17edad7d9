def units_on_shelf(shelves, inventory, position):
    """Return the units in stock of the product on shelf `position`."""
    # TODO: find the product code on the shelf, then its units in the
    #       inventory. Do not catch the errors here: let IndexError and
    #       KeyError go to the caller. A negative position is no shelf.
    return None


def shelf_report(shelves, inventory, position):
    """Return a one-line report about shelf `position`."""
    # TODO: call units_on_shelf() inside try, and turn IndexError and
    #       KeyError into the messages of the statement.
    return ""


def count_units(shelves, inventory, positions):
    """Return the units on the given shelves, skipping the ones that fail."""
    # TODO: add up units_on_shelf() for every position; skip the
    #       positions that raise a LookupError.
    return None
