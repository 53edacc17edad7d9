# Mistake: picks the right kind of chart but sorts every file by value first,
# so the line of a time series jumps between months out of order and always
# goes down: it no longer shows how the measure changed over time.
import csv

import matplotlib.pyplot as plt

TIME_WORDS = {"day", "date", "week", "month", "quarter", "year"}


def capitalized(text):
    return text[:1].upper() + text[1:]


path = input().strip()
with open(path, encoding="utf-8", newline="") as sheet:
    rows = [[cell.strip() for cell in row] for row in csv.reader(sheet)]
rows = [row for row in rows if any(row)]

dimension, measure = rows[0]
pairs = sorted(((row[0], int(row[1])) for row in rows[1:]),
               key=lambda pair: pair[1], reverse=True)
labels = [label for label, value in pairs]
values = [value for label, value in pairs]

fig, ax = plt.subplots(figsize=(9, 5))
if dimension in TIME_WORDS:
    ax.plot(labels, values, marker="o")
else:
    ax.bar(labels, values)
ax.set_title(f"{capitalized(measure)} by {dimension}")
ax.set_xlabel(capitalized(dimension))
ax.set_ylabel(capitalized(measure))
