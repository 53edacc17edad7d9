# Mistake: strips the category but keeps its case, so "login", "Login" and
# "LOGIN" are counted as three categories and the ranking is wrong.
import csv
import datetime as dt
import math

import matplotlib.pyplot as plt
import seaborn as sns


def read_tickets(path):
    """The tickets of the export as (opened date, category, hours or None)."""
    tickets = []
    with open(path, encoding="utf-8", newline="") as sheet:
        for row in csv.DictReader(sheet):
            if not row["ticket"] or not row["ticket"].strip():
                continue  # a blank line
            opened = dt.date.fromisoformat(row["opened"].strip())
            category = row["category"].strip()
            hours = row["hours_to_resolve"].strip()
            tickets.append((opened, category, float(hours) if hours else None))
    return tickets


def week_label(day):
    """'2026-W07' for any day of ISO week 7 of 2026."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def trend(ax, tickets):
    """Tickets opened per ISO week, every week from the first to the last."""
    counts = {}
    for opened, _, _ in tickets:
        counts[week_label(opened)] = counts.get(week_label(opened), 0) + 1
    first = min(opened for opened, _, _ in tickets)
    last = max(opened for opened, _, _ in tickets)
    monday = first - dt.timedelta(days=first.weekday())
    weeks = []
    while monday <= last:
        weeks.append(week_label(monday))
        monday += dt.timedelta(days=7)
    values = [counts.get(week, 0) for week in weeks]  # a quiet week is a 0
    sns.lineplot(x=weeks, y=values, marker="o", errorbar=None, ax=ax)
    ax.set_title("Tickets opened per week")
    ax.set_xlabel("Week")
    ax.set_ylabel("Tickets")


def compare(ax, tickets):
    """Tickets per category as horizontal bars, the largest first (at the top)."""
    counts = {}
    for _, category, _ in tickets:
        counts[category] = counts.get(category, 0) + 1
    ranking = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    sns.barplot(x=[n for _, n in ranking], y=[c for c, _ in ranking],
                orient="h", color="#4c72b0", errorbar=None, ax=ax)
    ax.set_title("Tickets by category")
    ax.set_xlabel("Tickets")
    ax.set_ylabel("Category")


def spread(ax, tickets):
    """A histogram of the resolution times of the closed tickets, 8-hour bins."""
    hours = [h for _, _, h in tickets if h is not None]  # open tickets have no time yet
    top = max(8, 8 * math.ceil(max(hours) / 8))
    sns.histplot(x=hours, bins=list(range(0, top + 1, 8)), ax=ax)
    ax.set_title("Time to resolve")
    ax.set_xlabel("Hours to resolve")
    ax.set_ylabel("Tickets")


question = input().strip()
path = input().strip()
tickets = read_tickets(path)
fig, ax = plt.subplots(figsize=(9, 5))
{"trend": trend, "compare": compare, "spread": spread}[question](ax, tickets)
