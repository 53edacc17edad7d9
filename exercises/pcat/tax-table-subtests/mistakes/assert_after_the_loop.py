# Mistake: in each table test the assertion sits AFTER the loop, outside
# `with self.subTest(...)`. The loop only computes; the single assertEqual at
# the end checks the LAST row of the table. Everything before it is never
# checked, so bugs at the band limits survive. The assertion belongs inside
# the `with self.subTest(...)` block.
import unittest

from income_tax import effective_rate, marginal_rate, tax_due


class TestIncomeTax(unittest.TestCase):
    def test_tax_due(self):
        table = [(0, 0), (12_000, 0), (12_004, 0), (12_005, 1), (30_000, 3_600),
                 (30_003, 3_601), (80_000, 21_100), (100_000, 30_100), (1_000_000, 435_100)]
        for income, tax in table:
            with self.subTest(income=income):
                result = tax_due(income)
        self.assertEqual(result, tax)

    def test_children(self):
        for children, tax in [(0, 3_600), (1, 3_200), (3, 2_400), (4, 2_400)]:
            with self.subTest(children=children):
                result = tax_due(30_000, children)
        self.assertEqual(result, tax)

    def test_marginal_rate(self):
        table = [(12_000, 0), (12_001, 20), (30_000, 20), (30_001, 35), (80_001, 45)]
        for income, percent in table:
            with self.subTest(income=income):
                result = marginal_rate(income)
        self.assertEqual(result, percent)

    def test_effective_rate(self):
        for income, percent in [(0, 0.0), (30_000, 12.0), (100_000, 30.1)]:
            with self.subTest(income=income):
                result = effective_rate(income)
        self.assertEqual(result, percent)


if __name__ == "__main__":
    unittest.main()
