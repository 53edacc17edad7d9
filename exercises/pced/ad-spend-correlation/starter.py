# Does advertising sell plants? Weekly spend and sales analysed with NumPy.
import numpy as np


def campaign_summary(path):
    """Return the key figures of a week,ad_spend,sales CSV file as a dict."""
    # TODO: load the file into NumPy arrays (np.loadtxt with delimiter=",",
    #       skiprows=1 and ndmin=2, or the csv module and np.array).
    # TODO: compute the figures with np.sum, np.mean, np.median, np.std and
    #       np.corrcoef, and return them as plain Python values.
    return {}


def spend_levels(low, high, count):
    """Return `count` evenly spaced budgets from low to high, both included."""
    # TODO: np.linspace, then .tolist()
    return []


def review_weeks(first, last, every):
    """Return the week numbers first, first + every, ... up to last included."""
    # TODO: np.arange (mind that its stop value is not included), then .tolist()
    return []
