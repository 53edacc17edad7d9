# Mistake: labels every chart the same way, so a chart of a single city gets
# the generic title (which does not say which city it is) and a one-entry
# legend that adds nothing.
import csv
from datetime import datetime

import matplotlib.pyplot as plt

path = input().strip()
with open(path, encoding="utf-8", newline="") as sheet:
    rows = [[cell.strip() for cell in row] for row in csv.reader(sheet)]
rows = [row for row in rows if any(row)]

cities = []
for heading in rows[0][1:]:
    city, unit = heading.rsplit(" (", 1)
    cities.append(city)
unit = unit.rstrip(")")
months = [datetime.strptime(row[0], "%Y-%m").strftime("%b %Y") for row in rows[1:]]
period = months[0] if len(months) == 1 else f"{months[0]} to {months[-1]}"

fig, ax = plt.subplots(figsize=(10, 5))
for k, city in enumerate(cities):
    ax.plot(months, [float(row[k + 1]) for row in rows[1:]], marker="o", label=city)

ax.set_title(f"Average temperature, {period}")
ax.set_xlabel("Month")
ax.set_ylabel(f"Temperature ({unit})")
ax.legend()
