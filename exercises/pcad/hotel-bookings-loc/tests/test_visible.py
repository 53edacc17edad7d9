import unittest

import pandas as pd

from solution import (booking, bookings_between, cancel, first_n, load_bookings,
                      long_stays, rates_of)

PATH = "/data/bookings.csv"


class TestSeaviewBookings(unittest.TestCase):
    def setUp(self):
        self.df = load_bookings(PATH)

    def test_load(self):
        """load_bookings uses the booking number as the index"""
        self.assertIsInstance(self.df, pd.DataFrame, msg="load_bookings should return a DataFrame")
        self.assertEqual(self.df.index.name, "booking",
                         msg="the index should be the booking column (index_col=...)")
        self.assertEqual(list(self.df.index)[:3], [1041, 1042, 1045], msg="the first three index labels")
        self.assertEqual(list(self.df.columns), ["guest", "room", "nights", "rate", "status"],
                         msg="the columns (booking is the index, not a column)")

    def test_booking_is_a_series(self):
        """booking(df, 1045) is one row as a Series"""
        row = booking(self.df, 1045)
        self.assertIsInstance(row, pd.Series,
                              msg="one row should be a Series: df.loc[number], not df.loc[[number]]")
        self.assertEqual(row["guest"], "Aisha Khan", msg="row['guest']")
        self.assertEqual(row["nights"], 6, msg="row['nights']")
        self.assertEqual(row.name, 1045, msg="the Series' name is the booking number")

    def test_first_n(self):
        """first_n(df, 3) is the first three rows, by position"""
        top = first_n(self.df, 3)
        self.assertIsInstance(top, pd.DataFrame, msg="first_n should return a DataFrame")
        self.assertEqual(list(top.index), [1041, 1042, 1045],
                         msg="the booking numbers of first_n(df, 3)")

    def test_bookings_between(self):
        """bookings_between(df, 1042, 1047) includes both ends"""
        part = bookings_between(self.df, 1042, 1047)
        self.assertIsInstance(part, pd.DataFrame, msg="bookings_between should return a DataFrame")
        self.assertEqual(list(part.index), [1042, 1045, 1046, 1047],
                         msg="the booking numbers from 1042 to 1047, both included")

    def test_rates_of(self):
        """rates_of(df, [1050, 1041]) is a Series in the order asked"""
        rates = rates_of(self.df, [1050, 1041])
        self.assertIsInstance(rates, pd.Series, msg="rates_of should return a Series, not a DataFrame")
        self.assertEqual(list(rates.index), [1050, 1041], msg="the index of the rates")
        self.assertEqual(rates.tolist(), [65.0, 89.0], msg="the rates")

    def test_long_stays(self):
        """long_stays(df, 5): guest, room and nights of the long stays"""
        stays = long_stays(self.df, 5)
        self.assertIsInstance(stays, pd.DataFrame, msg="long_stays should return a DataFrame")
        self.assertEqual(list(stays.columns), ["guest", "room", "nights"], msg="the columns")
        self.assertEqual(list(stays.index), [1045, 1051, 1054], msg="the bookings of 5 nights or more")
        self.assertEqual(stays["nights"].tolist(), [6, 7, 5], msg="their nights")

    def test_cancel(self):
        """cancel(df, 1046) returns a new table and leaves df alone"""
        result = cancel(self.df, 1046)
        self.assertIsInstance(result, pd.DataFrame, msg="cancel should return a DataFrame")
        self.assertEqual(result.loc[1046, "status"], "cancelled", msg="the new status of 1046")
        self.assertEqual(self.df.loc[1046, "status"], "pending",
                         msg="the table passed to cancel() must not change: work on df.copy()")
        self.assertEqual(result.loc[1050, "status"], "pending", msg="the other bookings keep their status")


if __name__ == "__main__":
    unittest.main()
