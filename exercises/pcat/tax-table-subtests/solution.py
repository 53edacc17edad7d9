"""Tests for Valdoria's income tax (income_tax.py), driven by tables."""
import unittest

from income_tax import effective_rate, marginal_rate, tax_due


class TestTaxDue(unittest.TestCase):
    def test_tax_at_and_around_every_band_limit(self):
        table = [
            (0, 0),
            (12_000, 0),          # the last tax-free euro
            (12_004, 0),          # 0.80 rounds down
            (12_005, 1),          # 1.00
            (30_000, 3_600),      # 18,000 x 20 %
            (30_001, 3_600),      # + 0.35
            (30_003, 3_601),      # + 1.05
            (80_000, 21_100),     # 3,600 + 50,000 x 35 %
            (80_002, 21_100),     # + 0.90
            (100_000, 30_100),    # 21,100 + 20,000 x 45 %
            (1_000_000, 435_100),
        ]
        for income, tax in table:
            with self.subTest(income=income):
                self.assertEqual(tax_due(income), tax)

    def test_children_widen_the_tax_free_part_up_to_three(self):
        table = [  # (children, tax on 30,000, tax on 14,000)
            (0, 3_600, 400),
            (1, 3_200, 0),
            (2, 2_800, 0),
            (3, 2_400, 0),
            (4, 2_400, 0),
            (10, 2_400, 0),
        ]
        for children, tax_30k, tax_14k in table:
            with self.subTest(children=children):
                self.assertEqual(tax_due(30_000, children), tax_30k)
                self.assertEqual(tax_due(14_000, children), tax_14k)

    def test_bad_inputs_raise_value_error(self):
        for income, children in [(-1, 0), (-50_000, 2), (30_000, -1)]:
            with self.subTest(income=income, children=children):
                with self.assertRaises(ValueError):
                    tax_due(income, children)


class TestMarginalRate(unittest.TestCase):
    def test_rate_of_the_last_euro(self):
        table = [(0, 0), (12_000, 0), (12_001, 20), (30_000, 20), (30_001, 35),
                 (80_000, 35), (80_001, 45), (5_000_000, 45)]
        for income, percent in table:
            with self.subTest(income=income):
                self.assertEqual(marginal_rate(income), percent)

    def test_children_move_the_first_limit(self):
        table = [(0, 14_000, 20), (1, 14_000, 0), (1, 14_001, 20),
                 (3, 18_000, 0), (3, 18_001, 20), (5, 18_001, 20)]
        for children, income, percent in table:
            with self.subTest(children=children, income=income):
                self.assertEqual(marginal_rate(income, children), percent)

    def test_negative_income_raises_value_error(self):
        with self.assertRaises(ValueError):
            marginal_rate(-1)


class TestEffectiveRate(unittest.TestCase):
    def test_effective_rate_has_one_decimal(self):
        table = [(0, 0.0), (12_000, 0.0), (30_000, 12.0), (100_000, 30.1),
                 (1_000_000, 43.5)]
        for income, percent in table:
            with self.subTest(income=income):
                self.assertEqual(effective_rate(income), percent)

    def test_effective_rate_with_children(self):
        self.assertEqual(effective_rate(30_000, 3), 8.0)


if __name__ == "__main__":
    unittest.main()
