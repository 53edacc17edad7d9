# Draw the chart that fits the library's question: a line for a change over
# time, bars (largest first) for a comparison of categories.
import csv

import matplotlib.pyplot as plt

TIME_WORDS = {"day", "date", "week", "month", "quarter", "year"}


def capitalized(text):
    """The text with its first letter in upper case: 'e-book loans' -> 'E-book loans'."""
    return text[:1].upper() + text[1:]


path = input().strip()
with open(path, encoding="utf-8", newline="") as sheet:
    rows = [[cell.strip() for cell in row] for row in csv.reader(sheet)]
rows = [row for row in rows if any(row)]  # drop blank lines

dimension, measure = rows[0]
labels = [row[0] for row in rows[1:]]
values = [int(row[1]) for row in rows[1:]]

fig, ax = plt.subplots(figsize=(9, 5))
if dimension.lower() in TIME_WORDS:
    # A trend over time: a line, in time order (the order of the file).
    ax.plot(labels, values, marker="o")
else:
    # A comparison of categories: bars, largest first (sorted() keeps ties in order).
    pairs = sorted(zip(labels, values), key=lambda pair: pair[1], reverse=True)
    ax.bar([label for label, value in pairs], [value for label, value in pairs])

ax.set_title(f"{capitalized(measure)} by {dimension}")
ax.set_xlabel(capitalized(dimension))
ax.set_ylabel(capitalized(measure))
