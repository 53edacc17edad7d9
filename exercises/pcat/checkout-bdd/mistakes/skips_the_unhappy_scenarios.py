# Mistake: only the scenarios where everything goes well are turned into
# tests. The scenarios whose Then is "I am told ..." (an unknown voucher,
# TENOFF below 40.00 €, an empty cart, a quantity of 0) are left out, and
# so is the second voucher, so a checkout that silently ignores a mistyped
# voucher passes every test.
import unittest

from checkout import Cart


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

    def test_welcome15_discounts(self):
        for price, discount in [(1000, 150), (3333, 499), (6, 0)]:
            with self.subTest(price=price):
                cart = Cart()
                cart.add("Gift box", price, 1)
                cart.apply_voucher("WELCOME15")
                self.assertEqual(cart.checkout()["discount"], discount)

    def test_the_same_tea_added_twice_is_one_line(self):
        self.cart.add("Sencha 100 g", 850, 1)
        self.cart.add("Sencha 100 g", 850, 2)
        self.assertEqual(self.cart.quantity("Sencha 100 g"), 3)


if __name__ == "__main__":
    unittest.main()
