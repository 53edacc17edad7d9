import unittest

from solution import Customer, Product, Registry, auto_repr, models, validate


class TestClassDecoratorsVisible(unittest.TestCase):
    def test_repr(self):
        """auto_repr shows the class name and the public attributes in order"""
        self.assertEqual(repr(Product("A-1", 3, 9.5)), "Product(sku='A-1', qty=3, price=9.5)")
        self.assertEqual(repr(Customer("Zoë")), "Customer(name='Zoë', email=None)")

    def test_validate_refuses_wrong_types(self):
        """validate raises TypeError naming the class, attribute and types"""
        with self.assertRaises(TypeError) as caught:
            Product("A-1", "3")
        self.assertEqual(str(caught.exception), "Product.qty must be int, got str")

    def test_still_a_class(self):
        """after decoration Product is still a class"""
        self.assertIsInstance(Product, type, msg="a class decorator must return the class")
        self.assertIsInstance(Product("B-2"), Product)
        self.assertEqual(Product.__init__.__name__, "__init__")

    def test_registry(self):
        """the models registry holds both classes and creates instances"""
        self.assertEqual(models.classes, {"Product": Product, "Customer": Customer})
        self.assertIn("Product", models)
        self.assertNotIn("Order", models)
        p = models.create("Product", "C-3", qty=2, price=1.25)
        self.assertEqual(repr(p), "Product(sku='C-3', qty=2, price=1.25)")


if __name__ == "__main__":
    unittest.main()
