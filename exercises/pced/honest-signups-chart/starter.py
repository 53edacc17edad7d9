# Fix the marketing slide: a running total drawn as "new sign-ups per month",
# on a y-axis that did not start at zero.
import csv

import matplotlib.pyplot as plt


def is_misleading(ylim_bottom, data_min):
    # TODO: True when the axis starts above 0 or above the lowest bar.
    return False


def monthly_from_cumulative(totals):
    # TODO: each month's own sign-ups: this month's total minus last month's.
    return totals


def draw_chart(path):
    """The slide's chart as it is today: fix it and return its Axes."""
    with open(path, encoding="utf-8", newline="") as sheet:
        rows = [[cell.strip() for cell in row] for row in csv.reader(sheet)]
    rows = [row for row in rows[1:] if any(row)]
    months = [row[0] for row in rows]
    totals = [int(row[1]) for row in rows]

    fig, ax = plt.subplots(figsize=(8, 5))
    ax.bar(months, totals)  # TODO: these are running totals, not monthly counts
    ax.set_ylim(bottom=min(totals) - 200)  # TODO: "zooms in" on the differences
    ax.set_title("New sign-ups per month")
    ax.set_xlabel("Month")
    ax.set_ylabel("New sign-ups")
    return ax


if __name__ == "__main__":
    draw_chart(input().strip())
