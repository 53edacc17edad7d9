"""Checkout.place_order with fake subsystems."""
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

ADDRESS = "12 Rue Lepic, 75018 Paris"


class TestCheckout(unittest.TestCase):
    def build(self, **options):
        *subsystems, self.manager = make_subsystems(exceptions=solution, **options)
        self.inventory, self.payments, self.shipping, self.mailer = subsystems
        return Checkout(*subsystems)

    def test_happy_path(self):
        """a good order is reserved, charged, shipped and confirmed"""
        checkout = self.build()
        result = checkout.place_order("A-17", "mia@example.com", {"LAMP-01": 2, "MUG-3": 1},
                                      "4111-1111", ADDRESS)
        self.assertEqual(result, "confirmed: PKG-77")
        self.payments.charge.assert_called_once_with("4111-1111", 2 * 2999 + 850)
        self.shipping.book.assert_called_once_with(ADDRESS, {"LAMP-01": 2, "MUG-3": 1})
        self.mailer.send.assert_called_once_with("mia@example.com", "Order A-17 confirmed",
                                                 "Tracking number: PKG-77")

    def test_order_of_steps(self):
        """stock is reserved before the card is charged, the mail comes last"""
        checkout = self.build()
        checkout.place_order("A-18", "bo@example.com", {"CHAIR-7": 1}, "5500-0000", ADDRESS)
        log = [name for name in names(self.manager) if name != "inventory.price_of"]
        self.assertEqual(log, ["inventory.reserve", "payments.charge", "shipping.book",
                               "mailer.send"],
                         msg="the calls the facade made to the subsystems, in order")

    def test_declined_card_releases_stock(self):
        """a declined card gives the reserved items back and sends no mail"""
        checkout = self.build(decline=True)
        result = checkout.place_order("A-19", "li@example.com", {"LAMP-01": 3}, "4000-0002",
                                      ADDRESS)
        self.assertEqual(result, "payment declined")
        self.assertEqual(self.manager.stock["LAMP-01"], 5,
                         msg="stock of LAMP-01 after the declined order (it was 5): release "
                             "what you reserved")
        self.shipping.book.assert_not_called()
        self.mailer.send.assert_not_called()

    def test_out_of_stock(self):
        """an item out of stock stops the order before any payment"""
        checkout = self.build()
        result = checkout.place_order("A-20", "li@example.com", {"CHAIR-7": 3}, "4111-1111",
                                      ADDRESS)
        self.assertEqual(result, "out of stock: CHAIR-7")
        self.payments.charge.assert_not_called()


if __name__ == "__main__":
    unittest.main()
