# Mistake: uses the ticket numbers directly as indexes (seats[row][seat]), forgetting that lists start at index 0.
def make_hall(rows, seats_per_row):
    return [["."] * seats_per_row for _ in range(rows)]


def book(seats, row, seat):
    if seats[row][seat] == "X":
        return False
    seats[row][seat] = "X"
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
