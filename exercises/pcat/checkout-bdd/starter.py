# Turn every scenario of checkout.feature (see the README) into a unittest
# test: one test method per scenario, named after it, with its Given / When /
# Then steps as comments above the lines that do them. Amounts are in cents.
import unittest

from checkout import Cart, EmptyCartError, VoucherError


class TestShipping(unittest.TestCase):
    def test_a_small_order_pays_for_shipping(self):
        # Given a cart with 2 "Sencha 100 g" at 8.50 €
        cart = Cart()
        cart.add("Sencha 100 g", 850, 2)
        # When I check out
        receipt = cart.checkout()
        # Then the subtotal is 17.00 €
        self.assertEqual(receipt["subtotal"], 1700)
        # And shipping is 4.90 €
        self.assertEqual(receipt["shipping"], 490)
        # And the total is 21.90 €
        self.assertEqual(receipt["total"], 2190)

    # TODO: Scenario: Shipping is free from exactly 50.00 €
    # TODO: Scenario: A voucher can bring an order below free shipping


# TODO: the scenarios of the other rules: TENOFF, WELCOME15 (a Scenario
#       Outline: one subTest per row of Examples), one voucher per order,
#       the cart. "Then I am told ..." is an assertRaises with its message.


if __name__ == "__main__":
    unittest.main()
