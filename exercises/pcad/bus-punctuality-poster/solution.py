# A punctuality chart for the passengers' poster: the share of departures on
# time per route, routes in their usual order, the target line and colours that
# say at a glance which routes met it.
import csv
import datetime as dt

import matplotlib.pyplot as plt

TARGET = 90.0  # percent of departures on time
MET_COLOR = "#0072b2"  # blue and orange: told apart with any colour vision
MISSED_COLOR = "#e69f00"


def read_route_names(path):
    """The routes as {code: public name}, in the order of the file."""
    with open(path, encoding="utf-8", newline="") as sheet:
        return {row["code"].strip().upper(): row["name"].strip()
                for row in csv.DictReader(sheet) if row["code"].strip()}


def on_time(delay):
    """A departure is on time from 1 minute early to 5 minutes late."""
    return delay != "CANCELLED" and -60 <= int(delay) <= 300


def punctuality(path):
    """({code: percent of departures on time}, first date) of a departures export."""
    trips, punctual, first = {}, {}, None
    with open(path, encoding="utf-8", newline="") as sheet:
        for row in csv.DictReader(sheet):
            code = (row["route"] or "").strip().upper()
            if not code:
                continue
            day = dt.date.fromisoformat(row["date"].strip())
            first = day if first is None else min(first, day)
            trips[code] = trips.get(code, 0) + 1  # a cancelled trip counts, as missed
            punctual[code] = punctual.get(code, 0) + on_time(row["delay_s"].strip())
    return {code: 100 * punctual[code] / trips[code] for code in trips}, first


names = read_route_names("/data/routes.csv")
percents, first = punctuality(input().strip())
codes = [code for code in names if code in percents]  # the passengers' order

fig, ax = plt.subplots(figsize=(9, 5))
ax.axhline(TARGET, color="#333333", linestyle="--", label="Target: 90% on time")
for label, color, keep in [("Target met", MET_COLOR, lambda p: p >= TARGET),
                           ("Target missed", MISSED_COLOR, lambda p: p < TARGET)]:
    positions = [i for i, code in enumerate(codes) if keep(percents[code])]
    if positions:  # no empty series: its legend entry would explain nothing
        ax.bar(positions, [percents[codes[i]] for i in positions],
               color=color, label=label)
ax.set_xticks(range(len(codes)), [names[code] for code in codes])
ax.set_title(f"Buses on time in {first:%B %Y}")
ax.set_xlabel("Route")
ax.set_ylabel("Departures on time (%)")
ax.set_ylim(0, 100)
ax.legend(loc="lower right")
