# Mistake: the rule "the axis must start at 0 or below" forgets negative
# values: an axis from -3 is called honest although it cuts off a bar of -35.
import csv

import matplotlib.pyplot as plt


def is_misleading(ylim_bottom, data_min):
    return ylim_bottom > 0


def monthly_from_cumulative(totals):
    monthly = []
    previous = 0
    for total in totals:
        monthly.append(total - previous)
        previous = total
    return monthly


def draw_chart(path):
    with open(path, encoding="utf-8", newline="") as sheet:
        rows = [[cell.strip() for cell in row] for row in csv.reader(sheet)]
    rows = [row for row in rows[1:] if any(row)]
    months = [row[0] for row in rows]
    signups = monthly_from_cumulative([int(row[1]) for row in rows])

    fig, ax = plt.subplots(figsize=(8, 5))
    ax.bar(months, signups)
    ax.set_title("New sign-ups per month")
    ax.set_xlabel("Month")
    ax.set_ylabel("New sign-ups")
    return ax


if __name__ == "__main__":
    draw_chart(input().strip())
