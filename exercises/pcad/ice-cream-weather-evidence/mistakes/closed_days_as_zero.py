# Mistake: takes a closed day for a day with 0 cones sold. The kiosk was not
# open: those zeros are not sales, and they drag the trend and r around.
import csv
import statistics

import matplotlib.pyplot as plt
import seaborn as sns


def temperature(cell):
    """A temperature cell as a float: '24.5', '24,5', ' 24.5 °C' -> 24.5."""
    return float(cell.replace("°C", "").strip().replace(",", "."))


def read_days(path):
    """(temperatures, cones, closed days, duplicate rows) of a kiosk export."""
    temps, cones, seen = [], [], set()
    closed = duplicates = 0
    with open(path, encoding="utf-8", newline="") as sheet:
        for row in csv.DictReader(sheet):
            day = (row["date"] or "").strip()
            if not day:
                continue  # a blank line
            if day in seen:  # the till exported this day twice
                duplicates += 1
                continue
            seen.add(day)
            sold = row["cones_sold"].strip()
            if sold in ("", "closed"):
                closed += 1
                sold = "0"
            temps.append(temperature(row["max_temp"]))
            cones.append(int(sold))
    return temps, cones, closed, duplicates


def finding(r):
    """The headline a correlation coefficient supports."""
    if abs(r) < 0.4:
        return "Temperature alone does not explain sales"
    return "Warmer days sell more ice cream" if r > 0 else "Warmer days sell less ice cream"


def strength(r):
    """'strong positive', 'moderate negative', 'weak positive', ..."""
    size = "strong" if abs(r) >= 0.7 else "moderate" if abs(r) >= 0.4 else "weak"
    return f"{size} {'positive' if r > 0 else 'negative'}"


temps, cones, closed, duplicates = read_days(input().strip())
r = statistics.correlation(temps, cones)
slope, intercept = statistics.linear_regression(temps, cones)

print(f"Days analysed: {len(temps)} (left out: {closed} closed, {duplicates} repeated)")
print(f"Pearson r: {r:.2f} ({strength(r)})")
print(f"Trend: {slope:+.1f} cones per °C")
print(f"Finding: {finding(r)}")

fig, ax = plt.subplots(figsize=(8, 5))
sns.scatterplot(x=temps, y=cones, label="Open day", ax=ax)
ends = [min(temps), max(temps)]
ax.plot(ends, [intercept + slope * t for t in ends], color="#c44e52",
        label=f"Trend: {slope:+.1f} cones per °C")
ax.set_title(finding(r))
ax.set_xlabel("Maximum temperature (°C)")
ax.set_ylabel("Cones sold")
ax.legend()
