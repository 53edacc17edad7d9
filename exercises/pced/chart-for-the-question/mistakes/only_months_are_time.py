# Mistake: treats only "month" as time, so weeks, years and days are drawn as
# sorted bars instead of a line.
import csv

import matplotlib.pyplot as plt


def capitalized(text):
    return text[:1].upper() + text[1:]


path = input().strip()
with open(path, encoding="utf-8", newline="") as sheet:
    rows = [[cell.strip() for cell in row] for row in csv.reader(sheet)]
rows = [row for row in rows if any(row)]

dimension, measure = rows[0]
labels = [row[0] for row in rows[1:]]
values = [int(row[1]) for row in rows[1:]]

fig, ax = plt.subplots(figsize=(9, 5))
if dimension == "month":
    ax.plot(labels, values, marker="o")
else:
    pairs = sorted(zip(labels, values), key=lambda pair: pair[1], reverse=True)
    ax.bar([label for label, value in pairs], [value for label, value in pairs])
ax.set_title(f"{capitalized(measure)} by {dimension}")
ax.set_xlabel(capitalized(dimension))
ax.set_ylabel(capitalized(measure))
