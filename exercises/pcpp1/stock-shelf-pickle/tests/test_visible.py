import pickle
import unittest

from solution import StockItem, adjust, load_item, save_items, skus


class TestShelfVisible(unittest.TestCase):
    def test_pickle_round_trip(self):
        """an item with a callback pickles; the copy has on_low_stock None"""
        item = StockItem("SKU-1", 5, "B7")
        item.on_low_stock = lambda it: print("reorder", it.sku)
        copy = pickle.loads(pickle.dumps(item))
        self.assertEqual((copy.sku, copy.qty, copy.location), ("SKU-1", 5, "B7"))
        self.assertIsNone(copy.on_low_stock)
        self.assertIsNotNone(item.on_low_stock, msg="pickling must not change the original")

    def test_state(self):
        """__getstate__ leaves out the callback and adds version 2"""
        item = StockItem("SKU-1", 5)
        self.assertEqual(item.__getstate__(),
                         {"sku": "SKU-1", "qty": 5, "location": "MAIN", "version": 2})

    def test_legacy_pickle(self):
        """a pickle written by version 1 of the class loads with location MAIN"""
        with open("/data/legacy_item.pkl", "rb") as f:
            item = pickle.load(f)
        self.assertEqual((item.sku, item.qty, item.location), ("SKU-0917", 7, "MAIN"))
        self.assertIsNone(item.on_low_stock)

    def test_shelf_save_and_load(self):
        """items saved on a shelf come back, looked up by sku"""
        path = "/tmp/visible-save"
        save_items(path, [StockItem("SKU-1", 5), StockItem("SKU-2", 0, "Z9")])
        self.assertEqual(skus(path), ["SKU-1", "SKU-2"])
        item = load_item(path, "SKU-2")
        self.assertEqual((item.sku, item.qty, item.location), ("SKU-2", 0, "Z9"))
        self.assertIsNone(load_item(path, "SKU-3"))

    def test_adjust_is_stored(self):
        """adjust() changes the stored quantity for good"""
        path = "/tmp/visible-adjust"
        save_items(path, [StockItem("SKU-1", 5)])
        self.assertEqual(adjust(path, "SKU-1", -2), 3)
        self.assertEqual(adjust(path, "SKU-1", 10), 13)
        self.assertEqual(load_item(path, "SKU-1").qty, 13, msg="reopen the shelf: the change must be there")


if __name__ == "__main__":
    unittest.main()
