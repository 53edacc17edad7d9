import unittest

from solution import Customer, Product, Registry, auto_repr, models, validate


class TestClassDecoratorsHidden(unittest.TestCase):
    def test_subclass_repr(self):
        """a subclass is shown with its own name"""
        class DigitalProduct(Product):
            pass
        self.assertEqual(repr(DigitalProduct("E-1", 1, 4.0)),
                         "DigitalProduct(sku='E-1', qty=1, price=4.0)")

    def test_private_attributes_hidden(self):
        """attributes starting with _ are not shown"""
        self.assertNotIn("password", repr(Customer("Ana", "ana@example.com")))

    def test_keyword_and_default_checked(self):
        """keyword arguments are checked too"""
        with self.assertRaisesRegex(TypeError, "Product.price must be float, got int"):
            Product("A-1", qty=1, price=5)
        with self.assertRaisesRegex(TypeError, "Customer.name must be str, got NoneType"):
            Customer(None)

    def test_fresh_registry_as_decorator(self):
        """a new Registry works as a decorator on any class"""
        reg = Registry()

        @reg
        @validate(code=str)
        class Warehouse:
            def __init__(self, code):
                self.code = code
        self.assertIs(reg.classes["Warehouse"], Warehouse)
        self.assertEqual(reg.create("Warehouse", "OSL").code, "OSL")
        self.assertNotIn("Warehouse", models)

    def test_auto_repr_returns_class(self):
        """auto_repr returns the very class it was given"""
        class Plain:
            def __init__(self):
                self.x = 1
        self.assertIs(auto_repr(Plain), Plain)
        self.assertEqual(repr(Plain()), "Plain(x=1)")


if __name__ == "__main__":
    unittest.main()
