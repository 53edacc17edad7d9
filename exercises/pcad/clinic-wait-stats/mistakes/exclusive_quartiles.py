# Mistake: takes the quartiles from statistics.quantiles(), whose default
# "exclusive" method is not the linear interpolation that pandas and NumPy use.
import statistics

import pandas as pd

log = pd.read_csv(input().strip(), dtype=str)
waits = pd.to_numeric(log["wait_min"].str.strip(), errors="coerce").dropna()
values = [float(w) for w in waits if w >= 0]
mean, std = statistics.mean(values), statistics.stdev(values)
q1, _, q3 = statistics.quantiles(values, n=4)
within = sum(mean - std <= v <= mean + std for v in values) / len(values) * 100
print(f"waits: {len(values)}")
for name, value in [("min", min(values)), ("max", max(values)),
                    ("range", max(values) - min(values)), ("mean", mean),
                    ("median", statistics.median(values)),
                    ("mode", min(statistics.multimode(values))),
                    ("variance", statistics.variance(values)), ("std", std),
                    ("Q1", q1), ("Q3", q3), ("IQR", q3 - q1),
                    ("within 1 std (%)", within)]:
    print(f"{name}: {value:.2f}")
