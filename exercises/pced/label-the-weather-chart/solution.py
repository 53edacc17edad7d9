# Draw the weather station's monthly temperatures with every label a reader
# needs: a title saying what, where and when, axis labels with the unit,
# readable months under the axis, and a legend when there is more than one city.
import csv
from datetime import datetime

import matplotlib.pyplot as plt

path = input().strip()
with open(path, encoding="utf-8", newline="") as sheet:
    rows = [[cell.strip() for cell in row] for row in csv.reader(sheet)]
rows = [row for row in rows if any(row)]  # drop blank lines

cities = []
for heading in rows[0][1:]:  # "Oslo (°C)" -> city "Oslo", unit "°C"
    city, unit = heading.rsplit(" (", 1)
    cities.append(city)
unit = unit.rstrip(")")  # every column has the same unit

months = [datetime.strptime(row[0], "%Y-%m").strftime("%b %Y") for row in rows[1:]]
period = months[0] if len(months) == 1 else f"{months[0]} to {months[-1]}"

fig, ax = plt.subplots(figsize=(10, 5))
for k, city in enumerate(cities):
    ax.plot(months, [float(row[k + 1]) for row in rows[1:]], marker="o", label=city)

ax.set_xlabel("Month")
ax.set_ylabel(f"Temperature ({unit})")
ax.tick_params(axis="x", labelrotation=45)  # twelve "Jan 2025" labels would overlap
if len(cities) == 1:
    ax.set_title(f"Average temperature in {cities[0]}, {period}")
else:
    ax.set_title(f"Average temperature, {period}")
    ax.legend()
fig.tight_layout()  # keep the tilted labels inside the picture
