# Draw the weather station's monthly temperatures with every label a reader
# needs: a title saying what, where and when, axis labels with the unit,
# readable months under the axis, and a legend when there is more than one city.
import csv

import matplotlib.pyplot as plt

path = input().strip()
with open(path, encoding="utf-8", newline="") as sheet:
    rows = [[cell.strip() for cell in row] for row in csv.reader(sheet)]
rows = [row for row in rows if any(row)]  # drop blank lines

fig, ax = plt.subplots(figsize=(10, 5))
for k, heading in enumerate(rows[0][1:]):
    ax.plot([row[0] for row in rows[1:]], [float(row[k + 1]) for row in rows[1:]])

# TODO: the chart above has no labels at all. Give each line its city as the
#       label (without the unit), write the months as "Jan 2025", add the
#       title, the axis labels with the unit, and a legend for 2+ cities.
