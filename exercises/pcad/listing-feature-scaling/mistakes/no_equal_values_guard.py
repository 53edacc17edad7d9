# Mistake: divides by max - min and by std even when they are 0, so a column
# whose values are all equal becomes NaN.
"""Scale the numeric features of apartment listings before they go into a model."""
import pandas as pd

FEATURES = ["area_m2", "rooms", "distance_km"]


def min_max(values):
    """Rescale a Series to [0, 1]: (x - min) / (max - min).

    Missing values stay missing; a Series whose values are all equal becomes 0.0.
    """
    low, high = values.min(), values.max()
    return (values - low) / (high - low)


def z_score(values):
    """Standardize a Series: (x - mean) / std, with the population std (ddof=0).

    Missing values stay missing and are ignored by mean and std; a Series whose
    values are all equal becomes 0.0.
    """
    std = values.std(ddof=0)
    return (values - values.mean()) / std


def scale_listings(frame, method):
    """A copy of frame with the FEATURES columns scaled by 'minmax' or 'zscore'."""
    scalers = {"minmax": min_max, "zscore": z_score}
    if method not in scalers:
        raise ValueError(f"unknown scaling method: {method!r}")
    scaled = frame.copy()
    for column in FEATURES:
        scaled[column] = scalers[method](frame[column].astype(float))
    return scaled
