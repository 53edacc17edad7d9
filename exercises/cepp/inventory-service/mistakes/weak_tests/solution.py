# Mistake: happy-path tests only; no edge of any rule is tested.
"""Your unittest suite for model.py (the grader runs this file against planted bugs).

Unit tests of model.py."""

import unittest

from model import Conflict, apply_delta, is_low, validate_product


class TestModel(unittest.TestCase):
    def test_good_product(self):
        product = validate_product({"sku": "KBD-101", "name": "Keyboard", "price_cents": 2999})
        self.assertEqual(product["qty"], 0)

    def test_delta(self):
        self.assertEqual(apply_delta(5, 3), 8)
        with self.assertRaises(Conflict):
            apply_delta(1, -10)

    def test_low(self):
        self.assertTrue(is_low(1, 5))
        self.assertFalse(is_low(9, 5))
