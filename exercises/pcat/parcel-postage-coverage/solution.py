"""Tests for postage.py: the team's original tests, plus one test for every
branch the coverage report listed as missed (lines 21, 23, 26, 30-32, 34-36).

Line 28 is dead code: a parcel over 40 kg was already refused on line 21, so
no test can reach it. It should be deleted, not tested.
"""
import unittest

from postage import postage_cents


class TestPostage(unittest.TestCase):
    # --- the team's original tests -------------------------------------
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


class TestMissedBranches(unittest.TestCase):
    # line 21: too heavy, and the heaviest parcel that is still accepted
    def test_over_30_kg_is_refused(self):
        with self.assertRaises(ValueError):
            postage_cents(30.1, "domestic")

    def test_exactly_30_kg_is_accepted(self):
        self.assertEqual(postage_cents(30, "domestic"), 450 + 28 * 60)

    # line 23
    def test_unknown_zone_is_refused(self):
        for zone in ["mars", "", "Europe"]:
            with self.subTest(zone=zone):
                with self.assertRaises(ValueError):
                    postage_cents(1, zone)

    # line 26: every started kilo above 2 kg, at each zone's own rate
    def test_every_started_kilo_above_2_kg_is_charged(self):
        table = [(2.1, "domestic", 450 + 60),
                 (3, "domestic", 450 + 60),
                 (3.5, "europe", 990 + 2 * 150),
                 (10, "world", 1500 + 8 * 300)]
        for weight, zone, cents in table:
            with self.subTest(weight=weight, zone=zone):
                self.assertEqual(postage_cents(weight, zone), cents)

    # lines 30-32
    def test_express_adds_its_surcharge(self):
        self.assertEqual(postage_cents(1, "domestic", express=True), 450 + 500)
        self.assertEqual(postage_cents(4, "europe", express=True), 990 + 2 * 150 + 800)

    def test_no_express_to_world(self):
        with self.assertRaises(ValueError):
            postage_cents(1, "world", express=True)

    # lines 34-36
    def test_insurance_is_one_percent_of_the_value(self):
        self.assertEqual(postage_cents(1, "domestic", insured_eur=750), 450 + 750)
        self.assertEqual(postage_cents(1, "domestic", insured_eur=5000), 450 + 5000)

    def test_insurance_costs_at_least_2_eur(self):
        self.assertEqual(postage_cents(1, "domestic", insured_eur=50), 450 + 200)

    def test_insurance_over_5000_eur_is_refused(self):
        with self.assertRaises(ValueError):
            postage_cents(1, "domestic", insured_eur=5001)


if __name__ == "__main__":
    unittest.main()
