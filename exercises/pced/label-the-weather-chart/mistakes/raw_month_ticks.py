# Mistake: plots against the months as they are in the file, so the x-axis
# shows "2025-01" instead of "Jan 2025" (the title is right).
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
    ax.plot([row[0] for row in rows[1:]], [float(row[k + 1]) for row in rows[1:]],
            marker="o", label=city)

ax.set_xlabel("Month")
ax.set_ylabel(f"Temperature ({unit})")
if len(cities) == 1:
    ax.set_title(f"Average temperature in {cities[0]}, {period}")
else:
    ax.set_title(f"Average temperature, {period}")
    ax.legend()
