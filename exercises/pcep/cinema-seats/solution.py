FREE = "."
SOLD = "X"


def make_hall(rows, seats_per_row):
    """Return a new seat map: `rows` rows of `seats_per_row` free seats."""
    # A comprehension builds a separate list for every row.
    return [[FREE] * seats_per_row for _ in range(rows)]


def book(seats, row, seat):
    """Sell seat `seat` of row `row` (both from 1); False if already sold."""
    if seats[row - 1][seat - 1] == SOLD:
        return False
    seats[row - 1][seat - 1] = SOLD
    return True


def count_free(seats):
    """Return the number of free seats in the whole hall."""
    free = 0
    for row in seats:
        free += row.count(FREE)
    return free


def find_block(seats, n):
    """Return (row, first seat) of the first block of n adjacent free seats."""
    for r in range(len(seats)):
        run = 0  # free seats in a row so far, ending at seat s
        for s in range(len(seats[r])):
            if seats[r][s] == FREE:
                run += 1
                if run == n:
                    return (r + 1, s - n + 2)
            else:
                run = 0
    return None
