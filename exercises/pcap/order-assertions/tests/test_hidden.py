import unittest

from solution import check_order


class TestAssertions(unittest.TestCase):
    def test_raises_assertion_error(self):
        """a broken rule raises AssertionError carrying the message"""
        order = {"id": "C-1", "items": [["Mug", 0, 7.5]], "total": 0.0, "paid": 0.0}
        with self.assertRaises(AssertionError, msg="check_order with a quantity of 0") as cm:
            check_order(order)
        self.assertEqual(cm.exception.args, ("Mug: quantity 0 is not positive",),
                         msg="args of the AssertionError")

    def test_good_order_raises_nothing(self):
        """a good order does not raise"""
        order = {"id": "C-2", "items": [["Mug", 1, 7.5]], "total": 7.5, "paid": 0.0}
        self.assertEqual(check_order(order), 7.5, msg="check_order of a 7.50 order")


if __name__ == "__main__":
    unittest.main()
