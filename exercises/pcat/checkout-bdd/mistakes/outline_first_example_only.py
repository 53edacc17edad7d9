# Mistake: the Scenario Outline is tested with its first row of Examples
# only (10.00 € -> 1.50 €). That row has no fraction of a cent to round, so
# a WELCOME15 that rounds to the nearest cent instead of down passes. Every
# row of an Examples table is a case of its own: loop over them with subTest.
import unittest

from checkout import Cart, EmptyCartError, VoucherError


class TestCheckout(unittest.TestCase):
    def setUp(self):
        self.cart = Cart()

    def test_a_small_order_pays_for_shipping(self):
        self.cart.add("Sencha 100 g", 850, 2)
        receipt = self.cart.checkout()
        self.assertEqual(receipt, {"subtotal": 1700, "discount": 0, "shipping": 490,
                                   "total": 2190})

    def test_shipping_is_free_from_exactly_50_euros(self):
        self.cart.add("Matcha tin", 5000, 1)
        self.assertEqual(self.cart.checkout()["total"], 5000)

    def test_a_voucher_can_bring_an_order_below_free_shipping(self):
        self.cart.add("Cast-iron teapot", 5500, 1)
        self.cart.apply_voucher("TENOFF")
        self.assertEqual(self.cart.checkout()["total"], 4990)

    def test_tenoff_on_exactly_40_euros(self):
        self.cart.add("Oolong 50 g", 1000, 4)
        self.cart.apply_voucher("TENOFF")
        self.assertEqual(self.cart.checkout()["total"], 3490)

    def test_tenoff_on_less_than_40_euros_is_refused(self):
        self.cart.add("Oolong tin", 3999, 1)
        self.cart.apply_voucher("TENOFF")
        with self.assertRaises(VoucherError):
            self.cart.checkout()

    def test_welcome15_discounts(self):
        self.cart.add("Gift box", 1000, 1)
        self.cart.apply_voucher("WELCOME15")
        self.assertEqual(self.cart.checkout()["discount"], 150)

    def test_a_second_voucher_replaces_the_first(self):
        self.cart.add("Matcha tin", 5000, 1)
        self.cart.apply_voucher("TENOFF")
        self.cart.apply_voucher("WELCOME15")
        self.assertEqual(self.cart.checkout()["total"], 4740)

    def test_an_unknown_voucher_is_refused(self):
        self.cart.add("Sencha 100 g", 850, 1)
        with self.assertRaises(VoucherError):
            self.cart.apply_voucher("FREETEA")

    def test_the_same_tea_added_twice_is_one_line(self):
        self.cart.add("Sencha 100 g", 850, 1)
        self.cart.add("Sencha 100 g", 850, 2)
        self.assertEqual(self.cart.quantity("Sencha 100 g"), 3)

    def test_quantities_below_1_are_refused(self):
        with self.assertRaises(ValueError):
            self.cart.add("Sencha 100 g", 850, 0)

    def test_an_empty_cart_cannot_be_checked_out(self):
        with self.assertRaises(EmptyCartError):
            self.cart.checkout()


if __name__ == "__main__":
    unittest.main()
