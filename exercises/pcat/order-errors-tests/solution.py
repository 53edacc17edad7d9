"""Tests for the garden centre's order service (orders.py): the refused orders."""
import unittest
from unittest.mock import Mock

from orders import (InvalidQuantity, OrderError, OrderService, OutOfStock, PaymentDeclined,
                    PaymentError, UnknownProduct)

PRICES = {"ROSE-RED": 450, "TULIP-MIX": 1299, "FERN-POT": 2500}


class OrderTest(unittest.TestCase):
    def setUp(self):
        self.stock = {"ROSE-RED": 5, "TULIP-MIX": 3, "FERN-POT": 0}
        self.gateway = Mock()
        self.service = OrderService(self.stock, PRICES, self.gateway)

    def assertNothingHappened(self):
        """A refused order takes no money and leaves the stock as it was."""
        self.gateway.charge.assert_not_called()
        self.assertEqual(self.stock, {"ROSE-RED": 5, "TULIP-MIX": 3, "FERN-POT": 0})


class TestAcceptedOrders(OrderTest):
    def test_total_charge_and_stock(self):
        total = self.service.place_order("ana", [("ROSE-RED", 2), ("TULIP-MIX", 1)])
        self.assertEqual(total, 2199)
        self.gateway.charge.assert_called_once_with("ana", 2199)
        self.assertEqual(self.stock["ROSE-RED"], 3)
        self.assertEqual(self.stock["TULIP-MIX"], 2)

    def test_the_last_units_can_be_sold(self):
        self.assertEqual(self.service.place_order("ana", [("ROSE-RED", 5)]), 2250)
        self.assertEqual(self.stock["ROSE-RED"], 0)

    def test_quantity_edges_are_accepted(self):
        service = OrderService({"ROSE-RED": 500}, PRICES, self.gateway)
        self.assertEqual(service.place_order("ana", [("ROSE-RED", 1)]), 450)
        self.assertEqual(service.place_order("ana", [("ROSE-RED", 99)]), 44550)


class TestRefusedOrders(OrderTest):
    def test_out_of_stock_tells_what_is_missing(self):
        with self.assertRaises(OutOfStock) as caught:
            self.service.place_order("ana", [("TULIP-MIX", 4)])
        self.assertEqual(caught.exception.sku, "TULIP-MIX")
        self.assertEqual(caught.exception.requested, 4)
        self.assertEqual(caught.exception.available, 3)
        self.assertEqual(str(caught.exception), "TULIP-MIX: 4 requested, only 3 in stock")
        self.assertNothingHappened()

    def test_product_with_no_stock_at_all(self):
        with self.assertRaises(OutOfStock) as caught:
            self.service.place_order("ana", [("FERN-POT", 1)])
        self.assertEqual(caught.exception.available, 0)
        self.assertNothingHappened()

    def test_one_missing_line_refuses_the_whole_order(self):
        with self.assertRaises(OutOfStock):
            self.service.place_order("ana", [("ROSE-RED", 2), ("TULIP-MIX", 50)])
        self.assertNothingHappened()

    def test_lines_of_the_same_product_add_up(self):
        with self.assertRaises(OutOfStock) as caught:
            self.service.place_order("ana", [("ROSE-RED", 3), ("ROSE-RED", 3)])
        self.assertEqual(caught.exception.requested, 6)
        self.assertEqual(caught.exception.available, 5)
        self.assertNothingHappened()

    def test_bad_quantities(self):
        for quantity in [0, -1, 100, 2.5, "3", True]:
            with self.subTest(quantity=quantity):
                with self.assertRaises(InvalidQuantity) as caught:
                    self.service.place_order("ana", [("ROSE-RED", quantity)])
                self.assertEqual(caught.exception.quantity, quantity)
        self.assertNothingHappened()

    def test_unknown_product(self):
        with self.assertRaisesRegex(UnknownProduct, "unknown product: CACTUS-XL") as caught:
            self.service.place_order("ana", [("ROSE-RED", 1), ("CACTUS-XL", 1)])
        self.assertEqual(caught.exception.sku, "CACTUS-XL")
        self.assertNothingHappened()

    def test_empty_order(self):
        with self.assertRaises(OrderError):
            self.service.place_order("ana", [])
        self.assertNothingHappened()

    def test_every_refusal_is_an_order_error(self):
        for error in [UnknownProduct, InvalidQuantity, OutOfStock, PaymentDeclined]:
            with self.subTest(error=error.__name__):
                self.assertTrue(issubclass(error, OrderError))


class TestDeclinedPayment(OrderTest):
    def test_declined_payment_becomes_payment_declined(self):
        gateway_error = PaymentError("card expired")
        self.gateway.charge.side_effect = gateway_error
        with self.assertRaises(PaymentDeclined) as caught:
            self.service.place_order("zoë", [("ROSE-RED", 2)])
        self.assertEqual(caught.exception.reason, "card expired")
        self.assertEqual(str(caught.exception), "payment declined: card expired")
        self.assertIs(caught.exception.__cause__, gateway_error)

    def test_declined_payment_leaves_the_stock(self):
        self.gateway.charge.side_effect = PaymentError("insufficient funds")
        with self.assertRaises(PaymentDeclined):
            self.service.place_order("zoë", [("ROSE-RED", 2)])
        self.gateway.charge.assert_called_once_with("zoë", 900)
        self.assertEqual(self.stock["ROSE-RED"], 5)


if __name__ == "__main__":
    unittest.main()
