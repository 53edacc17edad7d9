# The post office's test suite for postage.py, as the team left it: every test
# passes, yet the coverage report (see the README) shows whole branches that no
# test ever runs. Keep these tests and add the missing ones below them, until
# every line that CAN run has run. One missed line can never run: find it, and
# leave it alone.
import unittest

from postage import postage_cents


class TestPostage(unittest.TestCase):
    def test_domestic_parcel_up_to_2_kg(self):
        self.assertEqual(postage_cents(1.5, "domestic"), 450)

    def test_europe_parcel_up_to_2_kg(self):
        self.assertEqual(postage_cents(2, "europe"), 990)

    def test_world_parcel_up_to_2_kg(self):
        self.assertEqual(postage_cents(0.3, "world"), 1500)

    def test_weight_must_be_positive(self):
        with self.assertRaises(ValueError):
            postage_cents(0, "domestic")

    def test_express_is_optional(self):
        self.assertEqual(postage_cents(1, "domestic", express=False), 450)

    # TODO: add tests for the lines the coverage report lists as missed


if __name__ == "__main__":
    unittest.main()
