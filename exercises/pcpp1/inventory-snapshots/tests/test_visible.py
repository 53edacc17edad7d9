import copy
import unittest

from solution import Catalog, Inventory, shares_state

PRICES = {"SKU-1": 2.5, "SKU-2": 10.0, "SKU-3": 0.99}


def stocked():
    inv = Inventory(Catalog(PRICES))
    inv.put("A1", "SKU-1", 4)
    inv.put("A1", "SKU-2", 1)
    inv.put("B7", "SKU-3", 100)
    return inv


class TestSnapshotsVisible(unittest.TestCase):
    def test_snapshot_is_independent(self):
        """changes after snapshot() do not reach the snapshot"""
        inv = stocked()
        snap = inv.snapshot()
        inv.put("A1", "SKU-1", -4)
        inv.put("C2", "SKU-2", 3)
        self.assertEqual(snap.bins, {"A1": {"SKU-1": 4, "SKU-2": 1}, "B7": {"SKU-3": 100}})
        self.assertIsNot(snap.bins["A1"], inv.bins["A1"], msg="the nested dicts must be copied too")

    def test_snapshot_shares_catalog(self):
        """the snapshot uses the very same catalog object"""
        inv = stocked()
        snap = inv.snapshot()
        self.assertIs(snap.catalog, inv.catalog, msg="the catalog was copied: it must be shared")
        inv.catalog.prices["SKU-3"] = 1.99
        self.assertAlmostEqual(snap.total_value(), 219.0)

    def test_deepcopy_keeps_catalog(self):
        """copy.deepcopy(inv) copies the bins and keeps the catalog"""
        inv = stocked()
        dup = copy.deepcopy(inv)
        self.assertIsInstance(dup, Inventory)
        self.assertEqual(dup.bins, inv.bins)
        self.assertIsNot(dup.bins, inv.bins)
        self.assertIs(dup.catalog, inv.catalog, msg="deepcopy copied the catalog: define __deepcopy__")

    def test_shares_state(self):
        """shares_state names the attributes held as the same object"""
        inv = stocked()
        self.assertEqual(shares_state(inv, copy.copy(inv)), ["bins", "catalog"])
        self.assertEqual(shares_state(inv, inv.snapshot()), ["catalog"])

    def test_restore(self):
        """restore() brings the stock back"""
        inv = stocked()
        snap = inv.snapshot()
        inv.put("A1", "SKU-2", -1)
        inv.restore(snap)
        self.assertEqual(inv.bins["A1"], {"SKU-1": 4, "SKU-2": 1})


if __name__ == "__main__":
    unittest.main()
