# Chart the bakery's monthly sales: one group of bars per month, one bar per year.
import csv

import matplotlib.pyplot as plt

path = input().strip()
with open(path, encoding="utf-8", newline="") as sheet:
    rows = [[cell.strip() for cell in row] for row in csv.reader(sheet)]

years = rows[0][1:]  # the header: "month", then one column per year
months = []
cells = []  # for each month, its cells, one per year ("" when missing)
for row in rows[1:]:
    if not any(row) or row[0] == "Total":  # a blank line, or the totals
        continue
    months.append(row[0])
    cells.append(row[1:])

width = 0.8 / len(years)  # the bars of one month share 0.8 of the space
fig, ax = plt.subplots(figsize=(10, 5))
for k, year in enumerate(years):
    offset = (k - (len(years) - 1) / 2) * width
    positions = []
    heights = []
    for i, month_cells in enumerate(cells):
        if month_cells[k]:  # an empty cell means no figure: no bar (0 is a bar)
            positions.append(i + offset)
            heights.append(float(month_cells[k]))
    ax.bar(positions, heights, width, label=year)

ax.set_title("Monthly sales")
ax.set_xlabel("Month")
ax.set_ylabel("Sales (EUR)")
ax.set_xticks(range(len(months)), months)
ax.legend()
