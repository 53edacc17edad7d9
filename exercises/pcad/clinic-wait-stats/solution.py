# Descriptive statistics of a clinic's waiting times, with pandas.
import pandas as pd


def load_waits(path):
    """Return the valid waiting times of the log as a Series of floats."""
    log = pd.read_csv(path, dtype=str, encoding="utf-8")
    waits = pd.to_numeric(log["wait_min"].str.strip(), errors="coerce")
    waits = waits.dropna()            # blank, "n/a", "?": no wait recorded
    return waits[waits >= 0]          # a negative wait is a clock error


def report(waits):
    """Return the lines of the report for a Series of waiting times."""
    mean = waits.mean()
    std = waits.std()                 # sample standard deviation (ddof=1)
    q1, q3 = waits.quantile(0.25), waits.quantile(0.75)
    within = waits.between(mean - std, mean + std).mean() * 100
    figures = [
        ("min", waits.min()),
        ("max", waits.max()),
        ("range", waits.max() - waits.min()),
        ("mean", mean),
        ("median", waits.median()),
        ("mode", waits.mode().iloc[0]),   # mode() is sorted: the smallest
        ("variance", waits.var()),
        ("std", std),
        ("Q1", q1),
        ("Q3", q3),
        ("IQR", q3 - q1),
        ("within 1 std (%)", within),
    ]
    lines = [f"waits: {len(waits)}"]
    lines += [f"{name}: {value:.2f}" for name, value in figures]
    return lines


def main():
    path = input().strip()
    for line in report(load_waits(path)):
        print(line)


if __name__ == "__main__":
    main()
