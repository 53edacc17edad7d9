# Mistake: the scenarios' amounts are copied as euros (8.50, 4.90), but the
# module works in cents: its shipping fee is 490 and free shipping starts at
# 5000. The subtotal happens to come out right (17.0), then "Then shipping is
# 4.90 €" fails on the correct checkout (490 != 4.9), so no bug can be
# counted. Translate every amount of the feature file: 8.50 € is 850.
import unittest

from checkout import Cart


class TestShipping(unittest.TestCase):
    def test_a_small_order_pays_for_shipping(self):
        # Given a cart with 2 "Sencha 100 g" at 8.50 €
        cart = Cart()
        cart.add("Sencha 100 g", 8.50, 2)
        # When I check out
        receipt = cart.checkout()
        # Then the subtotal is 17.00 €, shipping is 4.90 €, the total is 21.90 €
        self.assertEqual(receipt["subtotal"], 17.00)
        self.assertEqual(receipt["shipping"], 4.90)
        self.assertEqual(receipt["total"], 21.90)

    def test_shipping_is_free_from_exactly_50_euros(self):
        # Given a cart with 1 "Matcha tin" at 50.00 €
        cart = Cart()
        cart.add("Matcha tin", 50.00, 1)
        # When I check out / Then shipping is free
        self.assertEqual(cart.checkout()["shipping"], 0)


if __name__ == "__main__":
    unittest.main()
