# Waiting times of the walk-in clinics as small multiples: one histogram per
# site on the same bins and the same scale, each with its median marked, so
# that the board sees the shape of the waits that an average hides.
import csv
import math
import statistics

import matplotlib.pyplot as plt

BIN_MINUTES = 15


def minutes(clock):
    """'9:05' or '09:05' -> minutes after midnight."""
    hours, mins = clock.strip().split(":")
    return int(hours) * 60 + int(mins)


def read_waits(path):
    """{site: [waits in minutes]} in the order the sites first appear.

    A visit without a 'seen' time (the patient left unseen) has no wait."""
    waits = {}
    with open(path, encoding="utf-8", newline="") as sheet:
        for row in csv.DictReader(sheet):
            site = (row["site"] or "").strip().title()
            if not site:
                continue  # a blank line
            waits.setdefault(site, [])
            if not (row["seen"] or "").strip():
                continue
            wait = minutes(row["seen"]) - minutes(row["arrived"])
            waits[site].append(wait % (24 * 60))  # seen after midnight: +24 h
    return waits


waits = read_waits(input().strip())
longest = max(max(site_waits) for site_waits in waits.values() if site_waits)
top = max(BIN_MINUTES, BIN_MINUTES * math.ceil(longest / BIN_MINUTES))
bins = list(range(0, top + 1, BIN_MINUTES))  # the same bins for every site

fig, axes = plt.subplots(1, len(waits), sharex=True, sharey=True,
                         squeeze=False, figsize=(4 * len(waits), 4))
fig.suptitle("Waiting time to be seen, by site")
for ax, (site, site_waits) in zip(axes[0], waits.items()):
    ax.hist(site_waits, bins=bins, color="#4c72b0")
    median = statistics.median(site_waits)
    ax.axvline(median, color="#c44e52", linestyle="--",
               label=f"Median: {median:g} min")
    ax.set_title(f"{site} ({len(site_waits)} patients)")
    ax.set_xlabel("Wait (minutes)")
    ax.legend()
axes[0][0].set_ylabel("Patients")
