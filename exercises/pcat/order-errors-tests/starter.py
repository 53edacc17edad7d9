# Write unittest tests for the refused orders of the garden centre (see the
# README): each must raise the right exception, carry the right details, and
# leave no trace (no charge on the gateway double, stock unchanged).
import unittest
from unittest.mock import Mock

from orders import (InvalidQuantity, OrderError, OrderService, OutOfStock, PaymentDeclined,
                    PaymentError, UnknownProduct)

PRICES = {"ROSE-RED": 450, "TULIP-MIX": 1299, "FERN-POT": 2500}


class TestOrders(unittest.TestCase):
    def setUp(self):
        self.stock = {"ROSE-RED": 5, "TULIP-MIX": 3, "FERN-POT": 0}
        self.gateway = Mock()  # a test double: records charge(...) calls
        self.service = OrderService(self.stock, PRICES, self.gateway)

    def test_accepted_order(self):
        total = self.service.place_order("ana", [("ROSE-RED", 2), ("TULIP-MIX", 1)])
        self.assertEqual(total, 2199)
        self.gateway.charge.assert_called_once_with("ana", 2199)

    def test_too_many_tulips(self):
        with self.assertRaises(OutOfStock):
            self.service.place_order("ana", [("TULIP-MIX", 4)])

    # TODO: read the exception: `with self.assertRaises(OutOfStock) as caught:`
    #       then, AFTER the with block, check caught.exception.requested, ...
    # TODO: after every refusal: gateway.charge.assert_not_called() and the
    #       stock unchanged (also for the lines BEFORE the failing one)
    # TODO: the edges: exactly the units in stock, quantities 0, 1, 99, 100
    # TODO: two lines of the same product, an unknown product, an empty order
    # TODO: a declined payment: charge.side_effect = PaymentError("card expired")


if __name__ == "__main__":
    unittest.main()
