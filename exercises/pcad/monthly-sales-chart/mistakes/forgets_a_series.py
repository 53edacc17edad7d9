# Mistake: assumes the file always has exactly two years and draws only the
# columns row[1] and row[2], so with three years the last series is forgotten
# (and a file with a single year makes row[2] fail with an IndexError).
import csv

import matplotlib.pyplot as plt

path = input().strip()
with open(path, encoding="utf-8", newline="") as sheet:
    rows = [[cell.strip() for cell in row] for row in csv.reader(sheet)]

header = rows[0]
months = []
last_year = []
this_year = []
for row in rows[1:]:
    if not any(row) or row[0] == "Total":
        continue
    months.append(row[0])
    last_year.append(row[1])
    this_year.append(row[2])

fig, ax = plt.subplots(figsize=(10, 5))
for label, column, offset in [(header[1], last_year, -0.2), (header[2], this_year, 0.2)]:
    positions = [i + offset for i, cell in enumerate(column) if cell]
    heights = [float(cell) for cell in column if cell]
    ax.bar(positions, heights, 0.4, label=label)

ax.set_title("Monthly sales")
ax.set_xlabel("Month")
ax.set_ylabel("Sales (EUR)")
ax.set_xticks(range(len(months)), months)
ax.legend()
