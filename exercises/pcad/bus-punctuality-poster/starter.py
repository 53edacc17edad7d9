# A punctuality chart for the passengers' poster.
import csv
import datetime as dt

import matplotlib.pyplot as plt

path = input().strip()  # the month's departures; the route names are in /data/routes.csv

# TODO: per route, the percentage of departures on time (1 min early to 5 min
#       late; a cancelled departure counts, as not on time).

fig, ax = plt.subplots(figsize=(9, 5))

# TODO: the dashed target line at 90, one bar series for the routes that met
#       the target and one for the others (colours and labels from the README),
#       the routes in the order of routes.csv with their public names, the
#       title with the month, both axis labels and the legend.
