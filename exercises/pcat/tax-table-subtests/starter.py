# Write table-driven unittest tests for income_tax.py (see the README).
# One test per rule, a table of (input, expected) rows, and one
# `with self.subTest(...)` per row, so a failing row does not hide the
# others. Put rows ON every band limit and just past it.
import unittest

from income_tax import effective_rate, marginal_rate, tax_due


class TestTaxDue(unittest.TestCase):
    def test_tax_at_and_around_every_band_limit(self):
        table = [
            (0, 0),
            (30_000, 3_600),      # 18,000 taxed at 20 %
            # TODO: more rows: 12,000 / 12,001, rounding down, 80,000...
        ]
        for income, tax in table:
            with self.subTest(income=income):
                self.assertEqual(tax_due(income), tax)

    # TODO: children (0 to 3 count, a fourth does not), bad inputs
    # TODO: marginal_rate at and after each limit, with children too
    # TODO: effective_rate (one decimal), also for an income of 0


if __name__ == "__main__":
    unittest.main()
