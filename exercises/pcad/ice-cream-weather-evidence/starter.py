# Does warm weather sell ice cream? Print the summary, then draw the evidence.
import csv
import statistics

import matplotlib.pyplot as plt
import seaborn as sns

path = input().strip()

# TODO: read the export: skip repeated dates and closed days (count both),
#       turn the temperatures into floats and the sales into ints.

# TODO: Pearson's r and the trend line (slope, intercept), then print the
#       four lines of the summary described in the README.

fig, ax = plt.subplots(figsize=(8, 5))

# TODO: the open days as a Seaborn scatter plot, the trend line, the headline
#       as the title, both axis labels and the legend.
