# Mistake: uses each column heading as it is for the line's label, so the
# legend reads "Oslo (°C)" instead of the city, and the unit (which belongs on
# the y-axis) is repeated for every line.
import csv
from datetime import datetime

import matplotlib.pyplot as plt

path = input().strip()
with open(path, encoding="utf-8", newline="") as sheet:
    rows = [[cell.strip() for cell in row] for row in csv.reader(sheet)]
rows = [row for row in rows if any(row)]

headings = rows[0][1:]
unit = headings[0].rsplit(" (", 1)[1].rstrip(")")
months = [datetime.strptime(row[0], "%Y-%m").strftime("%b %Y") for row in rows[1:]]
period = months[0] if len(months) == 1 else f"{months[0]} to {months[-1]}"

fig, ax = plt.subplots(figsize=(10, 5))
for k, heading in enumerate(headings):
    ax.plot(months, [float(row[k + 1]) for row in rows[1:]], marker="o", label=heading)

ax.set_xlabel("Month")
ax.set_ylabel(f"Temperature ({unit})")
if len(headings) == 1:
    ax.set_title(f"Average temperature in {headings[0].rsplit(' (', 1)[0]}, {period}")
else:
    ax.set_title(f"Average temperature, {period}")
    ax.legend()
