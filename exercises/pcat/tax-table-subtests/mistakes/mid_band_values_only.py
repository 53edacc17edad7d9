# Mistake: the tables only hold "comfortable" incomes in the middle of each
# band (20,000, 50,000, 150,000...). They pass on the correct module, but no
# row sits ON a band limit (12,000 / 12,001, 30,000 / 30,001, 80,000 /
# 80,001) or where rounding down matters, so the off-by-one and rounding
# bugs survive.
import unittest

from income_tax import effective_rate, marginal_rate, tax_due


class TestIncomeTax(unittest.TestCase):
    def test_tax_due(self):
        for income, tax in [(5_000, 0), (20_000, 1_600), (50_000, 10_600), (150_000, 52_600)]:
            with self.subTest(income=income):
                self.assertEqual(tax_due(income), tax)

    def test_children(self):
        for children, tax in [(0, 1_600), (1, 1_200), (3, 400), (4, 400)]:
            with self.subTest(children=children):
                self.assertEqual(tax_due(20_000, children), tax)

    def test_marginal_rate(self):
        for income, percent in [(5_000, 0), (20_000, 20), (50_000, 35), (150_000, 45)]:
            with self.subTest(income=income):
                self.assertEqual(marginal_rate(income), percent)

    def test_effective_rate(self):
        for income, percent in [(20_000, 8.0), (50_000, 21.2), (150_000, 35.1)]:
            with self.subTest(income=income):
                self.assertEqual(effective_rate(income), percent)


if __name__ == "__main__":
    unittest.main()
