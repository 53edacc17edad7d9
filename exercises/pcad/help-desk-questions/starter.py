# Draw the chart that answers the help desk manager's question.
import csv
import datetime as dt

import matplotlib.pyplot as plt
import seaborn as sns

question = input().strip()  # "trend", "compare" or "spread"
path = input().strip()

# TODO: read the tickets (skip empty rows, clean the category, keep an empty
#       hours cell as "no time yet").

fig, ax = plt.subplots(figsize=(9, 5))

# TODO: trend   -> a line of the tickets opened per ISO week, every week shown;
#       compare -> horizontal bars of the tickets per category, largest first;
#       spread  -> a histogram of the hours to resolve, bins of 8 hours from 0.
#       Then the title and both axis labels given in the README.
