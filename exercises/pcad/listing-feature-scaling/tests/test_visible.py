import math
import unittest

import pandas as pd

from solution import min_max, scale_listings, z_score


def values(series):
    """The values of a Series as a list, NaN as None, rounded for comparing."""
    return [None if pd.isna(x) else round(float(x), 6) for x in series]


class TestScaling(unittest.TestCase):
    def test_min_max_of_three_rents(self):
        """min_max maps the lowest value to 0 and the highest to 1"""
        result = min_max(pd.Series([890.0, 1150.0, 1490.0]))
        self.assertEqual(values(result), [0.0, 0.433333, 1.0])

    def test_z_score_uses_population_std(self):
        """z_score divides by the population standard deviation (ddof=0)"""
        result = z_score(pd.Series([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]))
        self.assertEqual(values(result), [-1.5, -0.5, -0.5, -0.5, 0.0, 0.0, 1.0, 2.0])

    def test_missing_value_stays_missing(self):
        """a missing value stays missing and does not count for min, max, mean or std"""
        self.assertEqual(values(min_max(pd.Series([10.0, None, 30.0, 20.0]))),
                         [0.0, None, 1.0, 0.5])
        self.assertEqual(values(z_score(pd.Series([1.0, None, 3.0]))), [-1.0, None, 1.0])

    def test_scale_listings_minmax(self):
        """scale_listings scales area, rooms and distance of the listings file"""
        listings = pd.read_csv("/data/listings.csv")
        scaled = scale_listings(listings, "minmax")
        self.assertEqual(values(scaled["rooms"]),
                         [0.333333, 0.0, 0.666667, 0.333333, 1.0, 0.333333, 0.666667, 0.333333])
        self.assertEqual(values(scaled["distance_km"]),
                         [0.045455, 0.0, 0.560606, 0.515152, 0.909091, 1.0, 0.106061, None])
        self.assertEqual(list(scaled["price_eur"]), list(listings["price_eur"]),
                         "price_eur is the target: it must not be scaled")


if __name__ == "__main__":
    unittest.main()
