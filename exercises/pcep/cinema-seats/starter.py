def make_hall(rows, seats_per_row):
    """Return a new seat map: `rows` rows of `seats_per_row` free seats."""
    # TODO: build a list of rows; every row is its own list of "." strings.
    return None


def book(seats, row, seat):
    """Sell seat `seat` of row `row` (both from 1); False if already sold."""
    # TODO: row 1 is seats[0]. Change the seat to "X" in `seats` itself
    #       and return True, or return False if it is already "X".
    return None


def count_free(seats):
    """Return the number of free seats in the whole hall."""
    # TODO: go through every row, and every seat in the row.
    return None


def find_block(seats, n):
    """Return (row, first seat) of the first block of n adjacent free seats."""
    # TODO: in each row, count the free seats in a row; a sold seat
    #       starts the count again. Return a tuple, or None if no row fits.
    return None
