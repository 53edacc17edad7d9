"""Load the water-meter readings of one month, reporting the bad rows."""
import csv
import os

# TODO: define an exception class for a bad row, a function that checks one
#       row and raises it, and a loop that catches it for each row and
#       collects "line N: reason". Handle a file that does not exist.
#       Write the good rows to /tmp/out/readings.csv and print the summary.

path = input().strip()
with open(path, encoding="utf-8", newline="") as file:
    rows = list(csv.reader(file))

os.makedirs("/tmp/out", exist_ok=True)
print(f"read {len(rows) - 1} rows")
