import unittest

from solution import Catalog, CsvFile, DataSource, SqlTable


class TestCatalogVisible(unittest.TestCase):
    def test_names_are_normalised(self):
        """a name is stored stripped and in lower case"""
        src = DataSource("  Weekly Sales ", "ana")
        self.assertEqual(src.name, "weekly sales", msg="DataSource('  Weekly Sales ', 'ana').name")
        self.assertEqual(src.owner, "ana", msg="DataSource('  Weekly Sales ', 'ana').owner")

    def test_subclasses_keep_the_base_attributes(self):
        """CsvFile and SqlTable are DataSources with a name and an owner"""
        csv_src = CsvFile("Sales", "ana", "/data/sales.csv", ";")
        sql_src = SqlTable("Orders", "li", "shop.db", "orders")
        for src in (csv_src, sql_src):
            with self.subTest(source=type(src).__name__):
                self.assertIsInstance(src, DataSource,
                                      msg=f"{type(src).__name__} must inherit from DataSource")
        self.assertEqual((csv_src.name, csv_src.owner, csv_src.path, csv_src.delimiter),
                         ("sales", "ana", "/data/sales.csv", ";"),
                         msg="CsvFile('Sales', 'ana', '/data/sales.csv', ';'): name, owner, path, delimiter")
        self.assertEqual((sql_src.name, sql_src.owner, sql_src.database, sql_src.table),
                         ("orders", "li", "shop.db", "orders"),
                         msg="SqlTable('Orders', 'li', 'shop.db', 'orders'): name, owner, database, table")

    def test_describe_uses_the_overridden_location(self):
        """describe() is written once, location() is overridden"""
        self.assertEqual(DataSource("Leads", "omar").describe(), "leads (omar): unknown")
        self.assertEqual(CsvFile("Sales", "ana", "/data/sales.csv").describe(),
                         "sales (ana): /data/sales.csv")
        self.assertEqual(SqlTable("Orders", "li", "shop.db", "orders").describe(),
                         "orders (li): shop.db:orders")

    def test_reprs(self):
        """repr() shows how to build the object again"""
        self.assertEqual(repr(DataSource("Leads", "omar")), "DataSource('leads', owner='omar')")
        self.assertEqual(repr(CsvFile("Sales", "ana", "/data/sales.csv")),
                         "CsvFile('sales', owner='ana', path='/data/sales.csv', delimiter=',')")
        self.assertEqual(repr(SqlTable("Orders", "li", "shop.db", "orders")),
                         "SqlTable('orders', owner='li', database='shop.db', table='orders')")

    def test_equal_but_not_the_same_object(self):
        """two objects for the same file are == but not `is`"""
        a = CsvFile("Sales", "ana", "/data/sales.csv")
        b = CsvFile("sales ", "ana", "/data/sales.csv")
        self.assertIsNot(a, b)
        self.assertTrue(a == b, msg="CsvFile('Sales', 'ana', '/data/sales.csv') == CsvFile('sales ', 'ana', '/data/sales.csv')")
        self.assertFalse(a != b, msg="a != b for two equal sources")
        c = CsvFile("Sales", "ana", "/data/sales_2025.csv")
        self.assertFalse(a == c, msg="same name, different path: not equal")

    def test_catalog_refuses_an_equal_source(self):
        """Catalog.add() compares with ==, not with is"""
        cat = Catalog("Finance")
        self.assertTrue(cat.add(CsvFile("Sales", "ana", "/data/sales.csv")), msg="first add()")
        self.assertTrue(cat.add(SqlTable("Orders", "li", "shop.db", "orders")), msg="second add()")
        again = CsvFile("SALES", "ana", "/data/sales.csv")
        self.assertFalse(cat.add(again),
                         msg="add() of a new object equal to one already in the catalog must return False")
        self.assertEqual(len(cat), 2, msg="len(catalog) after adding an equal source again")
        self.assertIn(again, cat, msg="`in` must find an equal source")
        self.assertEqual(repr(cat), "Catalog('Finance', 2 sources)")

    def test_each_catalog_has_its_own_sources(self):
        """two catalogs never share their sources"""
        finance = Catalog("Finance")
        marketing = Catalog("Marketing")
        finance.add(CsvFile("Sales", "ana", "/data/sales.csv"))
        self.assertEqual(len(marketing), 0,
                         msg="a source added to one catalog appeared in another: "
                             "create the list in __init__, not in the class body")


if __name__ == "__main__":
    unittest.main()
