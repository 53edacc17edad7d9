# Chart the bakery's monthly sales: one group of bars per month, one bar per year.
import csv

import matplotlib.pyplot as plt

path = input().strip()

# TODO: read the CSV file with csv.reader and strip every cell. The header
#       gives the years; skip blank rows and the "Total" row; keep the months
#       in order with their cells.
years = []
months = []

fig, ax = plt.subplots(figsize=(10, 5))

# TODO: for each year, one ax.bar(positions, heights, width, label=year):
#       width = 0.8 / len(years), the year's bars shifted from the month's
#       position by (k - (len(years) - 1) / 2) * width, no bar for an empty cell.

# TODO: the title "Monthly sales", the axis labels "Month" and "Sales (EUR)",
#       the month names as x tick labels, and a legend.
