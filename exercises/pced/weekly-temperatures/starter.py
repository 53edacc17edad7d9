# Group a weather station's daily temperatures into weeks with a NumPy 2-D array.
import csv

import numpy as np

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

path = input().strip()
with open(path, encoding="utf-8", newline="") as export:
    rows = csv.reader(export)
    next(rows)  # the header: date,temp_c
    daily = [float(row[1]) for row in rows if row]

# TODO: count the full weeks and the days left out, and print the first line.
# TODO: reshape the kept days into a (weeks, 7) array and print its shape,
#       ndim, size and dtype.
# TODO: print each week's mean, min and max (axis=...), the mean of each
#       weekday (the other axis) and the number of the warmest week.
table = np.array(daily)
print(f"days: {len(daily)}")
