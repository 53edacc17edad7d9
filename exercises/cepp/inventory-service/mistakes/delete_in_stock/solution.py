"""Your unittest suite for model.py (the grader runs this file against planted bugs).

Unit tests of model.py: the rules the whole service relies on."""

import unittest

from model import (Conflict, ValidationError, apply_delta, is_low,
                   validate_product)

GOOD = {"sku": "KBD-101", "name": "Keyboard", "price_cents": 2999}


class TestValidateProduct(unittest.TestCase):
    def test_normalises_a_good_product(self):
        data = dict(GOOD, name="  Keyboard ")
        self.assertEqual(
            validate_product(data),
            {"sku": "KBD-101", "name": "Keyboard", "price_cents": 2999, "qty": 0},
        )

    def test_rejects_bad_skus(self):
        for sku in ["kbd-101", "KB-101", "KBD-1011", "KBD101", 101, None]:
            with self.subTest(sku=sku), self.assertRaises(ValidationError):
                validate_product(dict(GOOD, sku=sku))

    def test_rejects_bad_names(self):
        for name in ["", "   ", None, 5]:
            with self.subTest(name=name), self.assertRaises(ValidationError):
                validate_product(dict(GOOD, name=name))

    def test_price_must_be_a_positive_int(self):
        for price in [0, -1, 1.5, "10", True]:
            with self.subTest(price=price), self.assertRaises(ValidationError):
                validate_product(dict(GOOD, price_cents=price))
        self.assertEqual(validate_product(dict(GOOD, price_cents=1))["price_cents"], 1)

    def test_qty(self):
        self.assertEqual(validate_product(dict(GOOD, qty=0))["qty"], 0)
        self.assertEqual(validate_product(dict(GOOD, qty=7))["qty"], 7)
        for qty in [-1, 2.0, False, "3"]:
            with self.subTest(qty=qty), self.assertRaises(ValidationError):
                validate_product(dict(GOOD, qty=qty))

    def test_not_an_object(self):
        with self.assertRaises(ValidationError):
            validate_product(["KBD-101"])


class TestApplyDelta(unittest.TestCase):
    def test_in_and_out(self):
        self.assertEqual(apply_delta(5, 3), 8)
        self.assertEqual(apply_delta(5, -2), 3)

    def test_down_to_exactly_zero(self):
        self.assertEqual(apply_delta(5, -5), 0)

    def test_below_zero_is_a_conflict(self):
        with self.assertRaises(Conflict) as caught:
            apply_delta(5, -6)
        self.assertEqual(str(caught.exception), "only 5 in stock")

    def test_bad_deltas(self):
        for delta in [0, 1.0, True, "2", None]:
            with self.subTest(delta=delta), self.assertRaises(ValidationError):
                apply_delta(5, delta)


class TestIsLow(unittest.TestCase):
    def test_threshold_is_inclusive(self):
        self.assertTrue(is_low(4, 5))
        self.assertTrue(is_low(5, 5))
        self.assertFalse(is_low(6, 5))


class TestStatuses(unittest.TestCase):
    def test_status_codes(self):
        self.assertEqual(ValidationError.status, 400)
        self.assertEqual(Conflict.status, 409)


if __name__ == "__main__":
    unittest.main()
