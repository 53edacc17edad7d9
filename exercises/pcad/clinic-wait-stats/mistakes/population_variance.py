# Mistake: uses NumPy's default population variance and standard deviation
# (ddof=0) instead of the sample ones (ddof=1) that pandas computes.
import numpy as np
import pandas as pd

log = pd.read_csv(input().strip(), dtype=str)
waits = pd.to_numeric(log["wait_min"].str.strip(), errors="coerce").dropna()
waits = waits[waits >= 0]
values = waits.to_numpy()
mean, std = np.mean(values), np.std(values)
q1, q3 = waits.quantile(0.25), waits.quantile(0.75)
print(f"waits: {len(values)}")
for name, value in [("min", values.min()), ("max", values.max()),
                    ("range", np.ptp(values)), ("mean", mean),
                    ("median", np.median(values)), ("mode", waits.mode().iloc[0]),
                    ("variance", np.var(values)), ("std", std),
                    ("Q1", q1), ("Q3", q3), ("IQR", q3 - q1),
                    ("within 1 std (%)",
                     np.mean((values >= mean - std) & (values <= mean + std)) * 100)]:
    print(f"{name}: {value:.2f}")
