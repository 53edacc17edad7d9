# Bootstrap confidence intervals for the courier's delivery times.
# Write load_times() and bootstrap_ci() as README.md describes.
import numpy as np


def load_times(path, zone=None):
    """Return the valid delivery times of the file (optionally of one zone)."""
    return []  # TODO: read the CSV file, skip the blank and "cancelled" cells


def bootstrap_ci(path, statistic="median", zone=None, resamples=1000, seed=2026):
    """Estimate a statistic of the delivery times with a 95 % bootstrap interval."""
    rng = np.random.default_rng(seed)
    return {}  # TODO: resample, compute the statistic of each resample, percentiles
