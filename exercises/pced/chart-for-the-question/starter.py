# Draw the chart that fits the library's question: a line for a change over
# time, bars (largest first) for a comparison of categories.
import csv

import matplotlib.pyplot as plt

path = input().strip()

# TODO: read the file with csv.reader and strip every cell; skip blank lines.
#       The header gives the dimension (for example "month") and the measure.
dimension, measure = "dimension", "measure"
labels = []
values = []

fig, ax = plt.subplots(figsize=(9, 5))

# TODO: a time dimension (day, date, week, month, quarter, year) -> ax.plot in
#       the order of the file; anything else -> ax.bar, largest value first.
ax.bar(labels, values)

# TODO: the title "<Measure> by <dimension>" and the two axis labels.
