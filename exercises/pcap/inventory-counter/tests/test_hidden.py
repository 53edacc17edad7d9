import unittest

from solution import Item


class HiddenItemTests(unittest.TestCase):
    def setUp(self):
        Item.created = 0
        Item.unit = "pcs"

    def test_counter_continues(self):
        """The counter continues from its current value"""
        Item.created = 41
        item = Item("drill", 2)
        self.assertEqual(item.item_id, 42, msg="item_id when Item.created was 41")
        self.assertEqual(Item.created, 42, msg="Item.created afterwards")

    def test_many_items(self):
        """A hundred items get ids 1 to 100"""
        items = [Item(f"screw {n}", n) for n in range(100)]
        self.assertEqual([i.item_id for i in items], list(range(1, 101)), msg="item ids in creation order")
        self.assertEqual(Item.created, 100, msg="Item.created")

    def test_defaults(self):
        """Default quantity and secret"""
        tape = Item("tape")
        self.assertEqual(tape.quantity, 0, msg="quantity defaults to 0")
        self.assertIs(tape.check_secret(""), True, msg="the default secret is the empty string")
        self.assertIs(tape.check_secret(None), False, msg="None is not the empty string")

    def test_public_fields(self):
        """public_fields leaves out the private attribute"""
        hammer = Item("hammer", 5, secret="H-77")
        self.assertEqual(hammer.public_fields(), {"item_id": 1, "name": "hammer", "quantity": 5},
                         msg="public_fields() of a new item")
        hammer.set_unit("box")
        self.assertEqual(hammer.public_fields(),
                         {"item_id": 1, "name": "hammer", "quantity": 5, "unit": "box"},
                         msg="public_fields() after set_unit('box')")
        fields = hammer.public_fields()
        fields["quantity"] = 0
        self.assertEqual(hammer.quantity, 5, msg="public_fields() must return a new dict, not the object's __dict__")

    def test_class_unit_shared(self):
        """Changing the class unit reaches items without their own"""
        hammer = Item("hammer", 5)
        nails = Item("nails", 900)
        nails.set_unit("g")
        Item.unit = "box"
        self.assertEqual(hammer.unit, "box", msg="hammer has no own unit, so it reads Item.unit")
        self.assertEqual(nails.unit, "g", msg="nails keeps its own unit")
        self.assertNotIn("unit", hammer.__dict__, msg="hammer must not have an instance variable unit")

    def test_restock_bad_amounts(self):
        """restock rejects amounts that are not positive ints"""
        nails = Item("nails", 10)
        for amount in (-3, 0, 2.5, "4", None):
            with self.subTest(amount=amount):
                with self.assertRaises(ValueError):
                    nails.restock(amount)
                self.assertEqual(nails.quantity, 10, msg="quantity must not change")

    def test_own_quantities(self):
        """Each item keeps its own quantity"""
        a = Item("a", 1)
        b = Item("b", 1)
        a.restock(5)
        a.restock(4)
        self.assertEqual((a.quantity, b.quantity), (10, 1), msg="(a.quantity, b.quantity) after restocking a twice")

    def test_unicode_secret(self):
        """Secrets with accents, and secrets that differ per item"""
        a = Item("Schraube", 3, secret="clé-ß")
        b = Item("Mutter", 3, secret="zwei")
        self.assertIs(a.check_secret("clé-ß"), True, msg="a's secret")
        self.assertIs(a.check_secret("zwei"), False, msg="b's secret must not open a")
        self.assertEqual(b._Item__secret, "zwei", msg="b's mangled attribute")


if __name__ == "__main__":
    unittest.main()
