# Mistake: uses pandas' default Series.std(), the sample standard deviation
# (ddof=1), instead of the population one (ddof=0) that StandardScaler uses.
"""Scale the numeric features of apartment listings before they go into a model."""
import pandas as pd

FEATURES = ["area_m2", "rooms", "distance_km"]


def min_max(values):
    """Rescale a Series to [0, 1]: (x - min) / (max - min).

    Missing values stay missing; a Series whose values are all equal becomes 0.0.
    """
    low, high = values.min(), values.max()
    if high == low:
        return values.where(values.isna(), 0.0).astype(float)
    return (values - low) / (high - low)


def z_score(values):
    """Standardize a Series: (x - mean) / std.

    Missing values stay missing and are ignored by mean and std; a Series whose
    values are all equal becomes 0.0.
    """
    std = values.std()
    if std == 0:
        return values.where(values.isna(), 0.0).astype(float)
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
