# Mistake: builds the hall with [row] * rows, so every row is the SAME list and booking one seat books it in every row.
def make_hall(rows, seats_per_row):
    return [["."] * seats_per_row] * rows


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
        run = 0
        for s in range(len(seats[r])):
            if seats[r][s] == ".":
                run += 1
                if run == n:
                    return (r + 1, s - n + 2)
            else:
                run = 0
    return None
