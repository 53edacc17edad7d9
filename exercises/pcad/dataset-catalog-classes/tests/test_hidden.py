import unittest

from solution import Catalog, CsvFile, DataSource, SqlTable


class TestCatalogHidden(unittest.TestCase):
    def test_owner_does_not_matter_for_equality(self):
        """the same table registered by two people is one source"""
        self.assertEqual(SqlTable("Orders", "li", "shop.db", "orders"),
                         SqlTable("orders", "omar", "shop.db", "orders"))

    def test_different_classes_are_never_equal(self):
        """a DataSource and a CsvFile with the same name differ"""
        base = DataSource("unknown", "ana")
        csv_src = CsvFile("unknown", "ana", "unknown")
        self.assertFalse(base == csv_src, msg="DataSource('unknown', ...) == CsvFile('unknown', ..., 'unknown')")
        self.assertFalse(csv_src == base, msg="CsvFile(...) == DataSource(...)")

    def test_comparing_with_other_types(self):
        """comparing with a string is False and __eq__ returns NotImplemented"""
        src = CsvFile("Sales", "ana", "/data/sales.csv")
        self.assertFalse(src == "sales", msg="CsvFile(...) == 'sales'")
        self.assertTrue(src != "sales", msg="CsvFile(...) != 'sales'")
        self.assertIs(src.__eq__("sales"), NotImplemented, msg="src.__eq__('sales')")

    def test_sources_in_a_set(self):
        """equal sources count once in a set (__hash__ agrees with __eq__)"""
        sources = {
            CsvFile("Sales", "ana", "/data/sales.csv"),
            CsvFile("sales", "ana", "/data/sales.csv", ";"),
            SqlTable("Orders", "li", "shop.db", "orders"),
            SqlTable("ORDERS", "omar", "shop.db", "orders"),
        }
        self.assertEqual(len(sources), 2, msg="distinct sources in the set")

    def test_find_and_owners(self):
        """find() normalises the name; owners() is sorted without repeats"""
        cat = Catalog("Ops")
        cat.add(CsvFile("Stock", "zoe", "/data/stock.csv"))
        cat.add(SqlTable("Stock", "bea", "erp.db", "stock"))
        cat.add(CsvFile("Returns", "zoe", "/data/returns.csv"))
        found = cat.find("  STOCK")
        self.assertEqual(len(found), 2, msg="cat.find('  STOCK')")
        self.assertEqual(cat.find("missing"), [], msg="cat.find('missing')")
        self.assertEqual(cat.owners(), ["bea", "zoe"], msg="cat.owners()")

    def test_repr_with_a_quote(self):
        """repr() quotes values the way Python does"""
        self.assertEqual(repr(CsvFile("O'Neil leads", "ana", "C:\\exports\\leads.csv", "\t")),
                         "CsvFile(\"o'neil leads\", owner='ana', path='C:\\\\exports\\\\leads.csv', delimiter='\\t')")

    def test_empty_catalog(self):
        """an empty catalog"""
        cat = Catalog("New team")
        self.assertEqual(len(cat), 0)
        self.assertEqual(cat.owners(), [])
        self.assertEqual(repr(cat), "Catalog('New team', 0 sources)")
        self.assertNotIn(DataSource("x", "y"), cat)


if __name__ == "__main__":
    unittest.main()
