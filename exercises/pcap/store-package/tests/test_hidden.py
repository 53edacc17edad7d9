"""The package's tools, one by one, on edge cases."""

import unittest

from store import format_cents, line_total, rate_for, tax_on, to_cents


class TestTools(unittest.TestCase):
    def test_to_cents(self):
        """to_cents copes with prices that floats cannot hold exactly"""
        for text, cents in [("1.49", 149), ("0.29", 29), ("2.20", 220), ("0.01", 1),
                            ("1.15", 115), ("9999.99", 999999), ("3", 300)]:
            with self.subTest(text=text):
                self.assertEqual(to_cents(text), cents, msg=f"to_cents({text!r})")

    def test_format_cents(self):
        """format_cents always shows two decimals"""
        for cents, text in [(149, "1.49"), (5, "0.05"), (0, "0.00"), (100, "1.00"),
                            (123456, "1234.56")]:
            with self.subTest(cents=cents):
                self.assertEqual(format_cents(cents), text, msg=f"format_cents({cents})")

    def test_rates(self):
        """rate_for knows every category and falls back to the general rate"""
        for category, rate in [("food", 5), ("books", 0), ("general", 20), ("toys", 20),
                               ("", 20)]:
            with self.subTest(category=category):
                self.assertEqual(rate_for(category), rate, msg=f"rate_for({category!r})")

    def test_tax_rounding(self):
        """tax_on rounds half a cent up, whole cents stay as they are"""
        for cents, category, tax in [(250, "food", 13), (230, "food", 12), (1050, "food", 53),
                                     (690, "general", 138), (1299, "books", 0), (0, "food", 0),
                                     (2, "general", 0), (3, "general", 1)]:
            with self.subTest(cents=cents, category=category):
                self.assertEqual(tax_on(cents, category), tax,
                                 msg=f"tax_on({cents}, {category!r})")

    def test_line_total(self):
        """line_total multiplies whole cents"""
        self.assertEqual(line_total(3, 115), 345, msg="line_total(3, 115)")
        self.assertEqual(line_total(999, 999999), 998999001, msg="line_total(999, 999999)")


if __name__ == "__main__":
    unittest.main()
