import unittest

import pandas as pd

from solution import min_max, scale_listings, z_score


def values(series):
    """The values of a Series as a list, NaN as None, rounded for comparing."""
    return [None if pd.isna(x) else round(float(x), 6) for x in series]


class TestScalingHidden(unittest.TestCase):
    def test_equal_values_become_zero(self):
        """a column whose values are all equal becomes 0.0, not NaN"""
        self.assertEqual(values(min_max(pd.Series([3.0, 3.0, None, 3.0]))), [0.0, 0.0, None, 0.0])
        self.assertEqual(values(z_score(pd.Series([3.0, 3.0, 3.0]))), [0.0, 0.0, 0.0])

    def test_the_input_frame_is_not_changed(self):
        """scale_listings returns a new DataFrame and leaves its argument alone"""
        listings = pd.read_csv("/data/listings.csv")
        before = listings.copy()
        scale_listings(listings, "zscore")
        pd.testing.assert_frame_equal(listings, before)

    def test_zscore_of_the_listings(self):
        """zscore on the listings: the 420 m2 outlier stands out"""
        scaled = scale_listings(pd.read_csv("/data/listings.csv"), "zscore")
        self.assertEqual(values(scaled["area_m2"]),
                         [-0.461059, -0.587315, -0.319022, None, -0.137529, -0.405822, 2.427044, -0.516296])
        self.assertEqual(list(scaled["listing_id"]), [f"L-0{i}" for i in range(1, 9)])

    def test_unknown_method(self):
        """an unknown method name raises ValueError"""
        with self.assertRaises(ValueError):
            scale_listings(pd.read_csv("/data/listings.csv"), "log")


if __name__ == "__main__":
    unittest.main()
