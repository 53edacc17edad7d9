# Mistake: every refusal is tested with assertRaises(Exception). Almost every
# error is an Exception, so the tests cannot tell the shop's OrderError
# subclasses from a raw PaymentError escaping from the gateway (or a
# KeyError): the test accepts the wrong exception as well as the right one.
import unittest
from unittest.mock import Mock

from orders import OrderService, PaymentError

PRICES = {"ROSE-RED": 450, "TULIP-MIX": 1299, "FERN-POT": 2500}


class TestOrders(unittest.TestCase):
    def setUp(self):
        self.stock = {"ROSE-RED": 5, "TULIP-MIX": 3, "FERN-POT": 0}
        self.gateway = Mock()
        self.service = OrderService(self.stock, PRICES, self.gateway)

    def assertNothingHappened(self):
        self.gateway.charge.assert_not_called()
        self.assertEqual(self.stock, {"ROSE-RED": 5, "TULIP-MIX": 3, "FERN-POT": 0})

    def test_accepted_order(self):
        self.assertEqual(self.service.place_order("ana", [("ROSE-RED", 5)]), 2250)

    def test_out_of_stock(self):
        with self.assertRaises(Exception) as caught:
            self.service.place_order("ana", [("ROSE-RED", 1), ("TULIP-MIX", 4)])
        self.assertEqual(str(caught.exception), "TULIP-MIX: 4 requested, only 3 in stock")
        self.assertNothingHappened()

    def test_bad_quantities(self):
        for quantity in [0, 100]:
            with self.subTest(quantity=quantity):
                with self.assertRaises(Exception):
                    self.service.place_order("ana", [("ROSE-RED", quantity)])
        self.assertNothingHappened()

    def test_declined_payment(self):
        self.gateway.charge.side_effect = PaymentError("card expired")
        with self.assertRaises(Exception):
            self.service.place_order("ana", [("ROSE-RED", 1)])
        self.assertEqual(self.stock["ROSE-RED"], 5)


if __name__ == "__main__":
    unittest.main()
