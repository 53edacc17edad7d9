# Mistake: errors are tested with try/except instead of assertRaises, and
# without self.fail() after the call. When the order is NOT refused (a bug),
# nothing is raised, the except block never runs, and the test passes.
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
        try:
            self.service.place_order("ana", [("ROSE-RED", 1), ("TULIP-MIX", 4)])
        except OutOfStock as error:
            self.assertEqual(error.requested, 4)
            self.assertEqual(error.available, 3)
            self.assertEqual(self.stock, {"ROSE-RED": 5, "TULIP-MIX": 3, "FERN-POT": 0})

    def test_zero_quantity(self):
        try:
            self.service.place_order("ana", [("ROSE-RED", 0)])
        except InvalidQuantity:
            pass

    def test_declined_payment(self):
        self.gateway.charge.side_effect = PaymentError("card expired")
        try:
            self.service.place_order("ana", [("ROSE-RED", 1)])
        except PaymentDeclined as error:
            self.assertEqual(error.reason, "card expired")


if __name__ == "__main__":
    unittest.main()
