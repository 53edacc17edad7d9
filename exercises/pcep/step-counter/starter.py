# Fitness tracker: sum up the daily step counts until the word "end".

GOAL = 10000

# TODO: read lines one at a time in a loop:
#   - stop (break) at the line "end"
#   - skip (continue) lines that are not a whole number of 0 or more,
#     but count them
#   - otherwise update the number of days, the total, the best day and
#     the number of days with at least GOAL steps
# TODO: print the report described in the README.
print("Report not implemented yet")
