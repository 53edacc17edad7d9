# Greenhouse gateway: turn raw sensor lines into calibrated averages.
import sys

offsets = {}
for pair in input().split():
    name, offset = pair.split(":")
    offsets[name] = float(offset)

for number, line in enumerate(sys.stdin, start=1):
    # TODO: inside try: take the three fields, look up the offset, read the
    #       numbers (retry "180,5" as "180.5") and compute the average.
    # TODO: one except branch per outcome (mind their order!), print the
    #       average in an else branch, count the lines in a finally branch.
    print(f"line {number}: not parsed yet")

# TODO: print the summary line
