# Mistake: draws bars for every file, sorted by value, so the visits per month
# become a ranking of months and the change over time is lost (no line).
import csv

import matplotlib.pyplot as plt


def capitalized(text):
    return text[:1].upper() + text[1:]


path = input().strip()
with open(path, encoding="utf-8", newline="") as sheet:
    rows = [[cell.strip() for cell in row] for row in csv.reader(sheet)]
rows = [row for row in rows if any(row)]

dimension, measure = rows[0]
pairs = sorted(((row[0], int(row[1])) for row in rows[1:]),
               key=lambda pair: pair[1], reverse=True)

fig, ax = plt.subplots(figsize=(9, 5))
ax.bar([label for label, value in pairs], [value for label, value in pairs])
ax.set_title(f"{capitalized(measure)} by {dimension}")
ax.set_xlabel(capitalized(dimension))
ax.set_ylabel(capitalized(measure))
