# Mistake: the checks of the exception's details and of the stock are written
# INSIDE the `with self.assertRaises(...)` block, after the call that raises.
# The exception leaves the block at that call, so those lines never run: the
# tests only check that SOME OutOfStock was raised. Swapped details, stock
# taken too early or a charge before the check all pass.
import unittest
from unittest.mock import Mock

from orders import InvalidQuantity, OrderService, OutOfStock, PaymentDeclined, PaymentError

PRICES = {"ROSE-RED": 450, "TULIP-MIX": 1299, "FERN-POT": 2500}


class TestOrders(unittest.TestCase):
    def setUp(self):
        self.stock = {"ROSE-RED": 5, "TULIP-MIX": 3, "FERN-POT": 0}
        self.gateway = Mock()
        self.service = OrderService(self.stock, PRICES, self.gateway)

    def test_accepted_order(self):
        self.assertEqual(self.service.place_order("ana", [("ROSE-RED", 5)]), 2250)

    def test_out_of_stock(self):
        with self.assertRaises(OutOfStock) as caught:
            self.service.place_order("ana", [("ROSE-RED", 1), ("TULIP-MIX", 4)])
            self.assertEqual(caught.exception.requested, 4)
            self.assertEqual(caught.exception.available, 3)
            self.assertEqual(self.stock["ROSE-RED"], 5)
            self.gateway.charge.assert_not_called()

    def test_bad_quantities(self):
        for quantity in [0, 100, -1]:
            with self.subTest(quantity=quantity):
                with self.assertRaises(InvalidQuantity):
                    self.service.place_order("ana", [("ROSE-RED", quantity)])

    def test_declined_payment(self):
        self.gateway.charge.side_effect = PaymentError("card expired")
        with self.assertRaises(PaymentDeclined) as caught:
            self.service.place_order("ana", [("ROSE-RED", 1)])
            self.assertEqual(caught.exception.reason, "card expired")


if __name__ == "__main__":
    unittest.main()
