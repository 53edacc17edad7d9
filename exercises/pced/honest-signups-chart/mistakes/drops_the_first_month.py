# Mistake: takes the differences between neighbouring totals only, so the
# first month (whose own sign-ups are its whole total) disappears and every
# bar shifts one month to the left.
import csv

import matplotlib.pyplot as plt


def is_misleading(ylim_bottom, data_min):
    return ylim_bottom > min(0, data_min)


def monthly_from_cumulative(totals):
    return [totals[i] - totals[i - 1] for i in range(1, len(totals))]


def draw_chart(path):
    with open(path, encoding="utf-8", newline="") as sheet:
        rows = [[cell.strip() for cell in row] for row in csv.reader(sheet)]
    rows = [row for row in rows[1:] if any(row)]
    months = [row[0] for row in rows]
    signups = monthly_from_cumulative([int(row[1]) for row in rows])

    fig, ax = plt.subplots(figsize=(8, 5))
    ax.bar(months[:len(signups)], signups)
    ax.set_title("New sign-ups per month")
    ax.set_xlabel("Month")
    ax.set_ylabel("New sign-ups")
    return ax


if __name__ == "__main__":
    draw_chart(input().strip())
