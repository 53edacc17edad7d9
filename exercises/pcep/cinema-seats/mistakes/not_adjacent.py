# Mistake: find_block only counts the free seats of a row, without checking that they are next to each other.
def make_hall(rows, seats_per_row):
    return [["."] * seats_per_row for _ in range(rows)]


def book(seats, row, seat):
    if seats[row - 1][seat - 1] == "X":
        return False
    seats[row - 1][seat - 1] = "X"
    return True


def count_free(seats):
    free = 0
    for row in seats:
        free += row.count(".")
    return free


def find_block(seats, n):
    for r in range(len(seats)):
        if seats[r].count(".") >= n:
            return (r + 1, seats[r].index(".") + 1)
    return None
