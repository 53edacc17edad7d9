"""The checkout scenarios of checkout.feature, one test per scenario."""
import unittest

from checkout import Cart, EmptyCartError, VoucherError


class CheckoutScenario(unittest.TestCase):
    """Steps shared by the scenarios. Amounts are in cents: 8.50 € is 850."""

    def setUp(self):
        # Given an empty cart
        self.cart = Cart()

    def given_cart_with(self, quantity, tea, unit_price):
        self.cart.add(tea, unit_price, quantity)

    def given_voucher(self, code):
        self.cart.apply_voucher(code)


class TestShipping(CheckoutScenario):
    def test_a_small_order_pays_for_shipping(self):
        # Given a cart with 2 "Sencha 100 g" at 8.50 €
        self.given_cart_with(2, "Sencha 100 g", 850)
        # When I check out
        receipt = self.cart.checkout()
        # Then the subtotal is 17.00 €, shipping is 4.90 €, the total is 21.90 €
        self.assertEqual(receipt["subtotal"], 1700)
        self.assertEqual(receipt["shipping"], 490)
        self.assertEqual(receipt["total"], 2190)

    def test_shipping_is_free_from_exactly_50_euros(self):
        # Given a cart with 1 "Matcha tin" at 50.00 €
        self.given_cart_with(1, "Matcha tin", 5000)
        # When I check out
        receipt = self.cart.checkout()
        # Then shipping is free and the total is 50.00 €
        self.assertEqual(receipt["shipping"], 0)
        self.assertEqual(receipt["total"], 5000)

    def test_a_voucher_can_bring_an_order_below_free_shipping(self):
        # Given a cart with 1 "Cast-iron teapot" at 55.00 € and the voucher TENOFF
        self.given_cart_with(1, "Cast-iron teapot", 5500)
        self.given_voucher("TENOFF")
        # When I check out
        receipt = self.cart.checkout()
        # Then the discount is 10.00 €, shipping is 4.90 €, the total is 49.90 €
        self.assertEqual(receipt["discount"], 1000)
        self.assertEqual(receipt["shipping"], 490)
        self.assertEqual(receipt["total"], 4990)


class TestTenOff(CheckoutScenario):
    def test_tenoff_on_exactly_40_euros(self):
        # Given a cart with 4 "Oolong 50 g" at 10.00 € and the voucher TENOFF
        self.given_cart_with(4, "Oolong 50 g", 1000)
        self.given_voucher("TENOFF")
        # When I check out
        receipt = self.cart.checkout()
        # Then the discount is 10.00 € and the total is 34.90 €
        self.assertEqual(receipt["discount"], 1000)
        self.assertEqual(receipt["total"], 3490)

    def test_tenoff_on_less_than_40_euros_is_refused(self):
        # Given a cart with 1 "Oolong tin" at 39.99 € and the voucher TENOFF
        self.given_cart_with(1, "Oolong tin", 3999)
        self.given_voucher("TENOFF")
        # When I check out / Then I am told why
        with self.assertRaises(VoucherError) as told:
            self.cart.checkout()
        self.assertEqual(str(told.exception), "TENOFF needs a subtotal of at least 40.00 €")


class TestWelcome15(CheckoutScenario):
    def test_welcome15_discounts(self):
        examples = [(1000, 150), (3333, 499), (6, 0)]
        for price, discount in examples:
            with self.subTest(price=price):
                # Given a cart with 1 "Gift box" at <price> and the voucher WELCOME15
                cart = Cart()
                cart.add("Gift box", price, 1)
                cart.apply_voucher("WELCOME15")
                # When I check out
                receipt = cart.checkout()
                # Then the discount is <discount>
                self.assertEqual(receipt["discount"], discount)


class TestOneVoucher(CheckoutScenario):
    def test_a_second_voucher_replaces_the_first(self):
        # Given a cart with 1 "Matcha tin" at 50.00 €, then TENOFF and WELCOME15
        self.given_cart_with(1, "Matcha tin", 5000)
        self.given_voucher("TENOFF")
        self.given_voucher("WELCOME15")
        # When I check out
        receipt = self.cart.checkout()
        # Then the discount is 7.50 € and the total is 47.40 €
        self.assertEqual(receipt["discount"], 750)
        self.assertEqual(receipt["total"], 4740)

    def test_an_unknown_voucher_is_refused(self):
        # Given a cart with 1 "Sencha 100 g" at 8.50 €
        self.given_cart_with(1, "Sencha 100 g", 850)
        # When I apply the voucher "FREETEA" / Then I am told it is unknown
        with self.assertRaises(VoucherError) as told:
            self.cart.apply_voucher("FREETEA")
        self.assertEqual(str(told.exception), "unknown voucher: FREETEA")
        # And the checkout shows no discount
        self.assertEqual(self.cart.checkout()["discount"], 0)


class TestCart(CheckoutScenario):
    def test_the_same_tea_added_twice_is_one_line(self):
        # Given a cart with 1 "Sencha 100 g" at 8.50 €
        self.given_cart_with(1, "Sencha 100 g", 850)
        # When I add 2 more "Sencha 100 g" at 8.50 €
        self.cart.add("Sencha 100 g", 850, 2)
        # Then the cart holds 3 "Sencha 100 g" and the subtotal is 25.50 €
        self.assertEqual(self.cart.quantity("Sencha 100 g"), 3)
        self.assertEqual(self.cart.checkout()["subtotal"], 2550)

    def test_quantities_below_1_are_refused(self):
        # Given an empty cart (setUp)
        # When I add 0 "Sencha 100 g" / Then I am told the quantity is invalid
        with self.assertRaises(ValueError):
            self.cart.add("Sencha 100 g", 850, 0)
        # And the cart holds 0 "Sencha 100 g"
        self.assertEqual(self.cart.quantity("Sencha 100 g"), 0)

    def test_an_empty_cart_cannot_be_checked_out(self):
        # Given an empty cart (setUp)
        # When I check out / Then I am told "the cart is empty"
        with self.assertRaises(EmptyCartError) as told:
            self.cart.checkout()
        self.assertEqual(str(told.exception), "the cart is empty")


if __name__ == "__main__":
    unittest.main()
