# Mistake: a wrong expectation. The table expects the tax to be rounded to
# the NEAREST euro (12,004 euros -> 0.80 -> 1 euro), but the README says the
# tax is rounded DOWN, in the taxpayer's favour (0.80 -> 0). The suite fails
# on the correct module, so none of the bugs it would catch is counted.
import unittest

from income_tax import effective_rate, marginal_rate, tax_due


class TestTaxDue(unittest.TestCase):
    def test_tax_at_and_around_every_band_limit(self):
        table = [(0, 0), (12_000, 0), (12_004, 1), (12_005, 1), (30_000, 3_600),
                 (30_003, 3_601), (80_000, 21_100), (100_000, 30_100)]
        for income, tax in table:
            with self.subTest(income=income):
                self.assertEqual(tax_due(income), tax)

    def test_children(self):
        for children, tax in [(0, 3_600), (1, 3_200), (3, 2_400), (4, 2_400)]:
            with self.subTest(children=children):
                self.assertEqual(tax_due(30_000, children), tax)


class TestRates(unittest.TestCase):
    def test_marginal_rate(self):
        table = [(12_000, 0), (12_001, 20), (30_000, 20), (30_001, 35), (80_001, 45)]
        for income, percent in table:
            with self.subTest(income=income):
                self.assertEqual(marginal_rate(income), percent)

    def test_effective_rate(self):
        for income, percent in [(0, 0.0), (30_000, 12.0), (100_000, 30.1)]:
            with self.subTest(income=income):
                self.assertEqual(effective_rate(income), percent)


if __name__ == "__main__":
    unittest.main()
