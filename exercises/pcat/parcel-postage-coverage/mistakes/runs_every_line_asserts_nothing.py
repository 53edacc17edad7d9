# Mistake: the tests CALL postage_cents on every branch (the coverage report
# says 97 %), but they never compare the result with anything. Coverage only
# says a line ran, not that anyone checked what it did: a wrong price passes.
# Only the bugs that crash the call are caught.
import unittest

from postage import postage_cents


class TestPostage(unittest.TestCase):
    def test_domestic_parcel_up_to_2_kg(self):
        self.assertEqual(postage_cents(1.5, "domestic"), 450)

    def test_weight_must_be_positive(self):
        with self.assertRaises(ValueError):
            postage_cents(0, "domestic")

    def test_heavy_parcels(self):
        postage_cents(3.5, "europe")
        postage_cents(30, "world")

    def test_too_heavy(self):
        with self.assertRaises(ValueError):
            postage_cents(31, "domestic")

    def test_unknown_zone(self):
        with self.assertRaises(ValueError):
            postage_cents(1, "mars")

    def test_express(self):
        postage_cents(1, "domestic", express=True)
        with self.assertRaises(ValueError):
            postage_cents(1, "world", express=True)

    def test_insurance(self):
        postage_cents(1, "domestic", insured_eur=50)
        with self.assertRaises(ValueError):
            postage_cents(1, "domestic", insured_eur=6000)


if __name__ == "__main__":
    unittest.main()
