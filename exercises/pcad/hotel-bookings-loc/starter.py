"""Front-desk helpers for the Seaview Inn's bookings, with pandas.

Replace each `raise NotImplementedError` with one pandas selection (see README.md).
"""
import pandas as pd


def load_bookings(path):
    """Read the bookings, indexed by their booking number."""
    return pd.read_csv(path)  # TODO: the booking number must be the index


def booking(df, number):
    """The row of one booking, as a Series (its labels are the columns)."""
    raise NotImplementedError


def first_n(df, n):
    """The first n bookings of the table, by position."""
    raise NotImplementedError


def bookings_between(df, first, last):
    """The bookings from number first to number last, both included."""
    raise NotImplementedError


def rates_of(df, numbers):
    """The nightly rate of the given bookings, in the order given, as a Series."""
    raise NotImplementedError


def long_stays(df, min_nights):
    """Guest, room and nights of the bookings of at least min_nights nights."""
    raise NotImplementedError


def cancel(df, number):
    """A copy of the table where booking `number` is cancelled; df is unchanged."""
    raise NotImplementedError
