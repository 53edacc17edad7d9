# Mistake: resamples without replacement, so every resample is the same
# deliveries in another order and the interval shrinks to one point.
# Bootstrap confidence intervals for a courier's delivery times.
import csv

import numpy as np


def load_times(path, zone=None):
    """Return the valid delivery times of the file (optionally of one zone)."""
    times = []
    with open(path, encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            if zone is not None and row["zone"].strip().lower() != zone.lower():
                continue
            try:
                times.append(float(row["minutes"]))  # float() ignores spaces
            except ValueError:
                pass  # blank or "cancelled": not a delivery time
    return times


def bootstrap_ci(path, statistic="median", zone=None, resamples=1000, seed=2026):
    """Estimate a statistic of the delivery times with a 95 % bootstrap interval."""
    times = np.array(load_times(path, zone))
    stat = np.median if statistic == "median" else np.mean
    rng = np.random.default_rng(seed)
    # One row per resample: len(times) draws with replacement.
    samples = rng.choice(times, size=(resamples, len(times)), replace=False)
    estimates = stat(samples, axis=1)
    low, high = np.percentile(estimates, [2.5, 97.5])
    return {
        "deliveries": int(len(times)),
        "estimate": float(stat(times)),
        "low": float(low),
        "high": float(high),
    }
