# Fix the marketing slide: a running total drawn as "new sign-ups per month",
# on a y-axis that did not start at zero.
import csv

import matplotlib.pyplot as plt


def is_misleading(ylim_bottom, data_min):
    """True when a bar chart's value axis starting at ylim_bottom distorts bars
    whose smallest value is data_min: bars grow from 0, so the axis must reach
    0 and the lowest bar."""
    return ylim_bottom > min(0, data_min)


def monthly_from_cumulative(totals):
    """Each month's own amount from the running totals (counted from 0)."""
    monthly = []
    previous = 0
    for total in totals:
        monthly.append(total - previous)
        previous = total
    return monthly


def draw_chart(path):
    """Draw the honest chart of the export at path and return its Axes."""
    with open(path, encoding="utf-8", newline="") as sheet:
        rows = [[cell.strip() for cell in row] for row in csv.reader(sheet)]
    rows = [row for row in rows[1:] if any(row)]  # no header, no blank lines
    months = [row[0] for row in rows]
    signups = monthly_from_cumulative([int(row[1]) for row in rows])

    fig, ax = plt.subplots(figsize=(8, 5))
    ax.bar(months, signups)  # bars autoscale to include 0: no set_ylim needed
    ax.set_title("New sign-ups per month")
    ax.set_xlabel("Month")
    ax.set_ylabel("New sign-ups")
    return ax


if __name__ == "__main__":
    draw_chart(input().strip())
