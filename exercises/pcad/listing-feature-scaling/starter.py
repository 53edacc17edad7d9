"""Scale the numeric features of apartment listings before they go into a model."""
import pandas as pd

FEATURES = ["area_m2", "rooms", "distance_km"]


def min_max(values):
    """Rescale a Series to [0, 1]: (x - min) / (max - min)."""
    # TODO: missing values stay missing; all-equal values become 0.0.
    return values


def z_score(values):
    """Standardize a Series: (x - mean) / std, with the population std (ddof=0)."""
    # TODO: missing values stay missing; all-equal values become 0.0.
    return values


def scale_listings(frame, method):
    """A copy of frame with the FEATURES columns scaled by 'minmax' or 'zscore'."""
    # TODO: raise ValueError for another method; scale a copy, not frame itself.
    return frame
