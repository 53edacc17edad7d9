import os
import pickle
import unittest

from solution import StockItem, adjust, load_item, save_items, skus


class TestShelfHidden(unittest.TestCase):
    def test_save_replaces(self):
        """saving again replaces the whole shelf"""
        path = "/tmp/hidden-replace"
        save_items(path, [StockItem("A", 1), StockItem("B", 2)])
        save_items(path, [StockItem("C", 3)])
        self.assertEqual(skus(path), ["C"])

    def test_unknown_sku(self):
        """adjust() of an unknown sku raises KeyError"""
        path = "/tmp/hidden-unknown"
        save_items(path, [StockItem("A", 1)])
        with self.assertRaises(KeyError):
            adjust(path, "Z", 1)

    def test_unicode_and_order(self):
        """keys with accents work and come back sorted"""
        path = "/tmp/hidden-unicode"
        save_items(path, [StockItem("ÉTÉ-2", 1), StockItem("ÅL-1", 2), StockItem("AB-3", 3)])
        self.assertEqual(skus(path), ["AB-3", "ÅL-1", "ÉTÉ-2"])
        self.assertEqual(load_item(path, "ÅL-1").qty, 2)

    def test_pickle_file(self):
        """pickle.dump to a file in /tmp and back"""
        item = StockItem("SKU-7", 70, "C3")
        item.on_low_stock = print
        with open("/tmp/item.pkl", "wb") as f:
            pickle.dump(item, f)
        with open("/tmp/item.pkl", "rb") as f:
            back = pickle.load(f)
        self.assertEqual(vars(back), {"sku": "SKU-7", "qty": 70, "location": "C3",
                                      "on_low_stock": None})
        self.assertIs(item.on_low_stock, print)

    def test_setstate_version_1(self):
        """__setstate__ accepts a version-1 state dict"""
        item = StockItem.__new__(StockItem)
        item.__setstate__({"sku": "OLD", "qty": 2})
        self.assertEqual((item.sku, item.qty, item.location, item.on_low_stock),
                         ("OLD", 2, "MAIN", None))


if __name__ == "__main__":
    unittest.main()
