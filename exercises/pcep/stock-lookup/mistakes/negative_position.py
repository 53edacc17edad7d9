# Mistake: forgets that a negative index is valid in Python: shelves[-1] is
# the last shelf, so shelf -1 is reported instead of "does not exist".
def units_on_shelf(shelves, inventory, position):
    """Return the units in stock of the product on shelf `position`.

    Does not handle errors: IndexError (no such shelf) and KeyError
    (product not in the inventory) go to the caller.
    """
    code = shelves[position]
    return inventory[code]


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
