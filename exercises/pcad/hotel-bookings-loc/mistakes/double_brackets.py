# Mistake: selects with a list of labels (double brackets), which always
# gives a DataFrame, where one row or one column should be a Series.
"""Front-desk helpers for the Seaview Inn's bookings, with pandas."""
import pandas as pd


def load_bookings(path):
    """Read the bookings, indexed by their booking number."""
    return pd.read_csv(path, index_col="booking")


def booking(df, number):
    """The row of one booking, as a Series (its labels are the columns)."""
    return df.loc[[number]]


def first_n(df, n):
    """The first n bookings of the table, by position."""
    return df.iloc[:n]


def bookings_between(df, first, last):
    """The bookings from number first to number last, both included."""
    return df.loc[first:last]


def rates_of(df, numbers):
    """The nightly rate of the given bookings, in the order given, as a Series."""
    return df.loc[numbers, ["rate"]]


def long_stays(df, min_nights):
    """Guest, room and nights of the bookings of at least min_nights nights."""
    return df.loc[df["nights"] >= min_nights, ["guest", "room", "nights"]]


def cancel(df, number):
    """A copy of the table where booking `number` is cancelled; df is unchanged."""
    result = df.copy()
    result.loc[number, "status"] = "cancelled"
    return result
