import unittest

from solution import CsvExporter, Exporter, JsonExporter, PluginMeta, get_exporter, make_exporter

ROWS = [{"sku": "A-1", "qty": 3}, {"sku": "B-7", "qty": 12}]


class TestPluginsVisible(unittest.TestCase):
    def test_builtin_plugins_registered(self):
        """csv and json are in PluginMeta.registry, the base class is not"""
        self.assertIs(PluginMeta.registry.get("csv"), CsvExporter)
        self.assertIs(PluginMeta.registry.get("json"), JsonExporter)
        self.assertNotIn(Exporter, PluginMeta.registry.values(),
                         msg="Exporter defines no name: it is not a plugin")

    def test_class_relations(self):
        """the plugins' __class__ is PluginMeta and their __bases__ is (Exporter,)"""
        self.assertIs(type(CsvExporter), PluginMeta)
        self.assertIs(CsvExporter.__class__, PluginMeta)
        self.assertEqual(JsonExporter.__bases__, (Exporter,))
        self.assertIn("name", CsvExporter.__dict__)
        self.assertNotIn("name", Exporter.__dict__)

    def test_get_exporter(self):
        """get_exporter('csv') returns a working CsvExporter instance"""
        exporter = get_exporter("csv")
        self.assertIsInstance(exporter, CsvExporter)
        self.assertIsInstance(exporter, Exporter)
        self.assertEqual(exporter.export(ROWS), "sku,qty\nA-1,3\nB-7,12")

    def test_unknown_exporter(self):
        """an unknown name raises LookupError"""
        with self.assertRaises(LookupError):
            get_exporter("xlsx")

    def test_make_exporter_builds_a_plugin(self):
        """make_exporter() builds a registered Exporter subclass with type()"""
        cls = make_exporter("markdown", lambda rows: f"{len(rows)} rows")
        self.assertEqual(cls.__name__, "MarkdownExporter")
        self.assertTrue(issubclass(cls, Exporter), msg="type() needs the bases tuple (Exporter,)")
        self.assertIs(type(cls), PluginMeta)
        self.assertIs(PluginMeta.registry.get("markdown"), cls)
        self.assertEqual(get_exporter("markdown").export(ROWS), "2 rows")


if __name__ == "__main__":
    unittest.main()
