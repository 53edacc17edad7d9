import unittest

from solution import Item


class VisibleItemTests(unittest.TestCase):
    def setUp(self):
        Item.created = 0
        Item.unit = "pcs"

    def test_ids_from_counter(self):
        """Item ids come from the class counter"""
        hammer = Item("hammer", 5)
        nails = Item("nails", 900)
        self.assertEqual(hammer.item_id, 1, msg="the first item's item_id")
        self.assertEqual(nails.item_id, 2, msg="the second item's item_id")
        self.assertEqual(Item.created, 2, msg="Item.created after creating two items")

    def test_counter_in_class(self):
        """The counter lives in the class, not in the object"""
        hammer = Item("hammer", 5)
        self.assertIn("created", Item.__dict__, msg="created should be a class variable")
        self.assertNotIn("created", hammer.__dict__,
                         msg="created must not become an instance variable: use Item.created += 1, not self.created += 1")
        self.assertEqual(hammer.created, 1, msg="an object can still read the class variable")

    def test_instance_dict(self):
        """__dict__ holds exactly the four instance variables"""
        hammer = Item("hammer", 5, secret="H-77")
        self.assertEqual(
            sorted(hammer.__dict__),
            ["_Item__secret", "item_id", "name", "quantity"],
            msg="keys of hammer.__dict__ (the private __secret is stored as _Item__secret)",
        )
        self.assertEqual(hammer.name, "hammer", msg="name")
        self.assertEqual(hammer.quantity, 5, msg="quantity")

    def test_private_secret(self):
        """The secret is private and mangled to _Item__secret"""
        hammer = Item("hammer", 5, secret="H-77")
        self.assertFalse(hasattr(hammer, "__secret"), msg="hammer.__secret should not be reachable from outside")
        self.assertEqual(getattr(hammer, "_Item__secret", None), "H-77", msg="the mangled name _Item__secret")
        self.assertIs(hammer.check_secret("H-77"), True, msg="check_secret with the right code")
        self.assertIs(hammer.check_secret("h-77"), False, msg="check_secret with a wrong code")

    def test_set_unit(self):
        """set_unit changes only one item"""
        hammer = Item("hammer", 5)
        nails = Item("nails", 900)
        self.assertEqual(nails.unit, "pcs", msg="before set_unit, every item uses the class unit")
        nails.set_unit("g")
        self.assertEqual(nails.unit, "g", msg="nails.unit after nails.set_unit('g')")
        self.assertEqual(hammer.unit, "pcs", msg="hammer.unit must not change")
        self.assertEqual(Item.unit, "pcs", msg="Item.unit must not change: give the object its own self.unit")
        self.assertIn("unit", nails.__dict__, msg="nails should now have its own instance variable unit")

    def test_restock(self):
        """restock adds to the quantity"""
        nails = Item("nails", 900)
        self.assertIsNone(nails.restock(100), msg="restock returns None")
        self.assertEqual(nails.quantity, 1000, msg="quantity after restock(100)")
        with self.assertRaises(ValueError, msg="restock(0) should raise ValueError"):
            nails.restock(0)
        self.assertEqual(nails.quantity, 1000, msg="a refused restock must not change quantity")


if __name__ == "__main__":
    unittest.main()
