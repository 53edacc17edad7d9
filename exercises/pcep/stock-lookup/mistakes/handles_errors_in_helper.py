# Mistake: units_on_shelf handles the errors itself and returns 0, so the
# caller cannot tell a missing shelf or an unknown product from an empty
# shelf (and then crashes looking up a shelf that does not exist).
def units_on_shelf(shelves, inventory, position):
    """Return the units in stock of the product on shelf `position`.

    Does not handle errors: IndexError (no such shelf) and KeyError
    (product not in the inventory) go to the caller.
    """
    try:
        if position < 0:
            return 0
        code = shelves[position]
        return inventory[code]
    except LookupError:
        return 0


def shelf_report(shelves, inventory, position):
    """Return a one-line report about shelf `position`."""
    try:
        units = units_on_shelf(shelves, inventory, position)
    except IndexError:
        return f"Shelf {position} does not exist"
    except KeyError:
        return f"Shelf {position}: unknown product {shelves[position]}"
    code = shelves[position]
    if units == 0:
        return f"Shelf {position}: {code} (out of stock)"
    return f"Shelf {position}: {code} ({units} in stock)"


def count_units(shelves, inventory, positions):
    """Return the units on the given shelves, skipping the ones that fail."""
    total = 0
    for position in positions:
        try:
            total += units_on_shelf(shelves, inventory, position)
        except LookupError:  # IndexError or KeyError
            pass
    return total
