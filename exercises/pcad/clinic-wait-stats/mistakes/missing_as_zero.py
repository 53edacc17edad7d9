# Mistake: fills the missing waits with 0 instead of leaving them out, so the
# patients without a recorded wait pull every statistic down.
import pandas as pd

log = pd.read_csv(input().strip(), dtype=str)
waits = pd.to_numeric(log["wait_min"].str.strip(), errors="coerce").fillna(0)
waits = waits[waits >= 0]
mean, std = waits.mean(), waits.std()
q1, q3 = waits.quantile(0.25), waits.quantile(0.75)
print(f"waits: {len(waits)}")
for name, value in [("min", waits.min()), ("max", waits.max()),
                    ("range", waits.max() - waits.min()), ("mean", mean),
                    ("median", waits.median()), ("mode", waits.mode().iloc[0]),
                    ("variance", waits.var()), ("std", std),
                    ("Q1", q1), ("Q3", q3), ("IQR", q3 - q1),
                    ("within 1 std (%)",
                     waits.between(mean - std, mean + std).mean() * 100)]:
    print(f"{name}: {value:.2f}")
