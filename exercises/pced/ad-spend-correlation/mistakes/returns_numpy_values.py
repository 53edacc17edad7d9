# Mistake: returns NumPy's own values (np.float64, np.int64, ndarray) instead
# of plain Python float, int and list.
import numpy as np


def campaign_summary(path):
    """Return the key figures of a week,ad_spend,sales CSV file as a dict."""
    table = np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2, encoding="utf-8")
    spend = table[:, 1]
    sales = table[:, 2]

    if np.std(spend) == 0 or np.std(sales) == 0:
        correlation = None  # a column without spread has no correlation
    else:
        correlation = np.corrcoef(spend, sales)[0, 1]

    return {
        "weeks": sales.size,
        "total_spend": np.sum(spend),
        "total_sales": np.sum(sales),
        "mean_sales": np.mean(sales),
        "median_sales": np.median(sales),
        "std_sales": np.std(sales),
        "correlation": correlation,
    }


def spend_levels(low, high, count):
    """Return `count` evenly spaced budgets from low to high, both included."""
    return np.linspace(low, high, count)


def review_weeks(first, last, every):
    """Return the week numbers first, first + every, ... up to last included."""
    return np.arange(first, last + 1, every)
