# Mistake: chasing 100 % coverage, the suite tries to reach line 28 (the
# oversize fee for parcels over 40 kg) and expects the fee to be charged. But
# line 21 already refuses every parcel over 30 kg, so line 28 is dead code:
# postage_cents(45, ...) raises ValueError, this test fails on the correct
# module, and nothing else is counted. Dead code is deleted, not tested.
import unittest

from postage import postage_cents


class TestPostage(unittest.TestCase):
    def test_domestic_parcel_up_to_2_kg(self):
        self.assertEqual(postage_cents(1.5, "domestic"), 450)

    def test_every_started_kilo_above_2_kg(self):
        self.assertEqual(postage_cents(2.1, "domestic"), 510)
        self.assertEqual(postage_cents(3.5, "europe"), 1290)

    def test_unknown_zone(self):
        with self.assertRaises(ValueError):
            postage_cents(1, "mars")

    def test_express(self):
        self.assertEqual(postage_cents(1, "domestic", express=True), 950)
        with self.assertRaises(ValueError):
            postage_cents(1, "world", express=True)

    def test_insurance(self):
        self.assertEqual(postage_cents(1, "domestic", insured_eur=50), 650)

    def test_oversize_fee_over_40_kg(self):
        self.assertEqual(postage_cents(45, "domestic"), 450 + 43 * 60 + 2500)


if __name__ == "__main__":
    unittest.main()
