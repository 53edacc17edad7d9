"""Checkout.place_order: undoing the earlier steps."""
import unittest
from unittest import mock

import solution
from solution import Checkout


PRICES = {"LAMP-01": 2999, "CHAIR-7": 19900, "MUG-3": 850}


def make_subsystems(stock=None, decline=False, no_carrier=False, exceptions=None):
    """Return (inventory, payments, shipping, mailer, manager); manager.mock_calls is the log."""
    stock = dict(stock if stock is not None else {"LAMP-01": 5, "CHAIR-7": 2, "MUG-3": 10})
    manager = mock.Mock()
    inventory, payments = manager.inventory, manager.payments
    shipping, mailer = manager.shipping, manager.mailer

    def reserve(sku, quantity):
        if stock.get(sku, 0) >= quantity:
            stock[sku] -= quantity
            return True
        return False

    def release(sku, quantity):
        stock[sku] = stock.get(sku, 0) + quantity

    inventory.reserve.side_effect = reserve
    inventory.release.side_effect = release
    inventory.price_of.side_effect = PRICES.__getitem__
    if decline:
        payments.charge.side_effect = exceptions.PaymentDeclined("insufficient funds")
    else:
        payments.charge.return_value = "TX-1001"
    if no_carrier:
        shipping.book.side_effect = exceptions.ShippingError("no carrier for this address")
    else:
        shipping.book.return_value = "PKG-77"
    manager.stock = stock
    return inventory, payments, shipping, mailer, manager


def names(manager):
    """The log as 'inventory.reserve' style names, without the stock helper."""
    return [call[0] for call in manager.mock_calls]

ADDRESS = "Calle Mayor 5, 28013 Madrid"


class TestCheckoutRollback(unittest.TestCase):
    def build(self, **options):
        *subsystems, self.manager = make_subsystems(exceptions=solution, **options)
        self.inventory, self.payments, self.shipping, self.mailer = subsystems
        return Checkout(*subsystems)

    def test_second_item_missing(self):
        """when the second item is missing, the first one is released"""
        checkout = self.build(stock={"LAMP-01": 5, "CHAIR-7": 0, "MUG-3": 10})
        result = checkout.place_order("B-1", "ana@example.com", {"LAMP-01": 1, "CHAIR-7": 1},
                                      "4111-1111", ADDRESS)
        self.assertEqual(result, "out of stock: CHAIR-7")
        self.assertEqual(self.manager.stock, {"LAMP-01": 5, "CHAIR-7": 0, "MUG-3": 10})
        self.payments.charge.assert_not_called()

    def test_no_carrier_refunds(self):
        """when shipping fails the payment is refunded and the stock released"""
        checkout = self.build(no_carrier=True)
        result = checkout.place_order("B-2", "ana@example.com", {"MUG-3": 4}, "4111-1111",
                                      ADDRESS)
        self.assertEqual(result, "shipping unavailable")
        self.payments.refund.assert_called_once_with("TX-1001")
        self.assertEqual(self.manager.stock["MUG-3"], 10)
        self.mailer.send.assert_not_called()

    def test_exact_stock(self):
        """ordering exactly the quantity in stock works"""
        checkout = self.build()
        result = checkout.place_order("B-3", "ana@example.com", {"CHAIR-7": 2}, "4111-1111",
                                      ADDRESS)
        self.assertEqual(result, "confirmed: PKG-77")
        self.payments.charge.assert_called_once_with("4111-1111", 39800)
        self.assertEqual(self.manager.stock["CHAIR-7"], 0)


if __name__ == "__main__":
    unittest.main()
