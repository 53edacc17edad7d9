# Mistake: swaps the axes: axis=0 collapses the weeks and gives one value per
# weekday, so the "week" lines show weekday figures (and there are 7 of them).
import csv

import numpy as np

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

path = input().strip()
with open(path, encoding="utf-8", newline="") as export:
    rows = csv.reader(export)
    next(rows)  # the header: date,temp_c
    daily = [float(row[1]) for row in rows if row]

days = len(daily)
weeks = days // 7
print(f"days: {days}, full weeks: {weeks}, left out: {days - weeks * 7}")

if weeks == 0:
    print("not enough data for a full week")
else:
    # One row per week, one column per weekday (the data starts on a Monday).
    table = np.array(daily[:weeks * 7]).reshape(weeks, 7)
    print(f"shape: {table.shape}, ndim: {table.ndim}, size: {table.size}, "
          f"dtype: {table.dtype}")

    week_means = table.mean(axis=0)
    week_mins = table.min(axis=0)
    week_maxs = table.max(axis=0)
    for week in range(len(week_means)):
        print(f"week {week + 1}: mean {week_means[week]:.1f}, "
              f"min {week_mins[week]:.1f}, max {week_maxs[week]:.1f}")

    weekday_means = table.mean(axis=1)
    parts = [f"{name} {value:.1f}" for name, value in zip(WEEKDAYS, weekday_means)]
    print("by weekday: " + ", ".join(parts))
    print(f"warmest week: {week_means.argmax() + 1}")
