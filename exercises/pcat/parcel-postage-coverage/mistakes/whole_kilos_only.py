# Mistake: every branch is reached and every result is checked, but only with
# comfortable values: whole kilos, an insured value far from both limits. A
# parcel of 3 kg costs the same whether the extra kilos are rounded up or
# down, so that bug survives; so do the bugs at 30 kg and at 5000 EUR.
import unittest

from postage import postage_cents


class TestPostage(unittest.TestCase):
    def test_up_to_2_kg(self):
        self.assertEqual(postage_cents(1, "domestic"), 450)
        self.assertEqual(postage_cents(1, "europe"), 990)
        self.assertEqual(postage_cents(1, "world"), 1500)

    def test_weight_must_be_positive(self):
        with self.assertRaises(ValueError):
            postage_cents(0, "domestic")

    def test_extra_kilos(self):
        self.assertEqual(postage_cents(3, "domestic"), 510)
        self.assertEqual(postage_cents(5, "europe"), 1440)

    def test_too_heavy(self):
        with self.assertRaises(ValueError):
            postage_cents(50, "domestic")

    def test_unknown_zone(self):
        with self.assertRaises(ValueError):
            postage_cents(1, "mars")

    def test_express(self):
        self.assertEqual(postage_cents(1, "europe", express=True), 1790)
        with self.assertRaises(ValueError):
            postage_cents(1, "world", express=True)

    def test_insurance(self):
        self.assertEqual(postage_cents(1, "domestic", insured_eur=100), 650)
        self.assertEqual(postage_cents(1, "domestic", insured_eur=1000), 1450)
        with self.assertRaises(ValueError):
            postage_cents(1, "domestic", insured_eur=9999)


if __name__ == "__main__":
    unittest.main()
