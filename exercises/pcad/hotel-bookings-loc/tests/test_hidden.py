import unittest

import pandas as pd

from solution import (booking, bookings_between, cancel, first_n, load_bookings,
                      long_stays, rates_of)

PATH = "/data/bookings.csv"


class TestSeaviewBookingsHidden(unittest.TestCase):
    def setUp(self):
        self.df = load_bookings(PATH)
        # Booking numbers in no particular order: labels and positions differ.
        self.unsorted = pd.DataFrame(
            {"guest": ["Ida", "Jo", "Kai"], "room": [2, 8, 5], "nights": [2, 9, 1],
             "rate": [70.0, 99.0, 65.0], "status": ["confirmed", "pending", "confirmed"]},
            index=pd.Index([7, 3, 5], name="booking"))

    def test_first_n_edges(self):
        """first_n with 0 rows and with more rows than the table"""
        self.assertEqual(len(first_n(self.df, 0)), 0, msg="first_n(df, 0) has no rows")
        self.assertEqual(list(first_n(self.df, 0).columns), list(self.df.columns),
                         msg="first_n(df, 0) keeps the columns")
        self.assertEqual(len(first_n(self.df, 20)), 10, msg="first_n(df, 20) of a 10-row table")

    def test_first_n_unsorted(self):
        """first_n counts positions, whatever the booking numbers"""
        self.assertEqual(list(first_n(self.unsorted, 2).index), [7, 3],
                         msg="the first two rows of a table indexed 7, 3, 5")

    def test_between_missing_numbers(self):
        """bookings_between with numbers that are not in the table"""
        self.assertEqual(list(bookings_between(self.df, 1043, 1049).index), [1045, 1046, 1047],
                         msg="bookings_between(df, 1043, 1049)")
        self.assertEqual(list(bookings_between(self.df, 1054, 1058).index), [1054, 1058],
                         msg="bookings_between(df, 1054, 1058): the last booking included")

    def test_rates_of_one(self):
        """rates_of with a single booking is still a Series"""
        rates = rates_of(self.df, [1058])
        self.assertIsInstance(rates, pd.Series, msg="rates_of(df, [1058])")
        self.assertEqual(rates.tolist(), [72.5], msg="rates_of(df, [1058])")

    def test_booking_unsorted(self):
        """booking() finds a row by its number, not by its position"""
        row = booking(self.unsorted, 5)
        self.assertIsInstance(row, pd.Series, msg="booking(unsorted, 5)")
        self.assertEqual(row["guest"], "Kai", msg="the guest of booking 5 (the third row)")

    def test_long_stays_none(self):
        """long_stays with no stay that long is empty, with its three columns"""
        stays = long_stays(self.df, 8)
        self.assertEqual(len(stays), 0, msg="long_stays(df, 8)")
        self.assertEqual(list(stays.columns), ["guest", "room", "nights"], msg="the columns")

    def test_cancel_twice(self):
        """two cancellations from the same table are independent"""
        first = cancel(self.df, 1041)
        second = cancel(self.df, 1042)
        self.assertEqual(second.loc[1041, "status"], "confirmed",
                         msg="the second copy must not see the first cancellation")
        self.assertEqual(first.loc[1041, "status"], "cancelled", msg="the first copy")
        self.assertEqual(list(first.index), list(self.df.index), msg="cancel keeps every booking")


if __name__ == "__main__":
    unittest.main()
