import unittest

from solution import Registry


def exporter_class(class_name):
    return type(class_name, (), {"export": lambda self, rows: class_name})


class TestRegistryHidden(unittest.TestCase):
    def test_duplicate_name(self):
        """a name taken twice (in any case) fails an assert naming the first class"""
        registry = Registry()
        first = registry.plugin("csv")(exporter_class("CsvExporter"))
        with self.assertRaises(AssertionError) as cm:
            registry.plugin("CSV ")(exporter_class("OtherCsv"))
        self.assertEqual(str(cm.exception), "plugin name 'csv' is already taken by CsvExporter")
        self.assertIsInstance(registry.create("csv"), first, msg="the first class stays")

    def test_empty_name(self):
        """plugin('') and plugin('   ') fail at once"""
        registry = Registry()
        for name in ("", "   "):
            with self.subTest(name=name):
                with self.assertRaises(AssertionError) as cm:
                    registry.plugin(name)
                self.assertEqual(str(cm.exception), "plugin name must not be empty")

    def test_export_not_callable(self):
        """an export attribute that is not callable is refused"""
        registry = Registry()
        with self.assertRaises(AssertionError) as cm:
            registry.plugin("odd")(type("OddExporter", (), {"export": "yes"}))
        self.assertEqual(str(cm.exception), "OddExporter has no export() method")
        self.assertEqual(registry.names(), [])

    def test_from_classes_uses_cls(self):
        """from_classes called on a subclass builds that subclass"""
        class SchoolRegistry(Registry):
            pass

        csv, md = exporter_class("CsvExporter"), exporter_class("MarkdownExporter")
        registry = SchoolRegistry.from_classes({"Markdown": md, "csv": csv})
        self.assertIs(type(registry), SchoolRegistry,
                      msg="SchoolRegistry.from_classes(...) must return a SchoolRegistry")
        self.assertEqual(registry.names(), ["csv", "markdown"])
        self.assertEqual(md.plugin_name, "markdown")
        self.assertIs(type(Registry.from_classes({})), Registry)

    def test_from_classes_checks(self):
        """from_classes runs the same checks as the decorator"""
        with self.assertRaises(AssertionError):
            Registry.from_classes({"pdf": type("PdfExporter", (), {})})

    def test_class_still_usable(self):
        """the decorated class keeps its methods and can be subclassed"""
        registry = Registry()

        @registry.plugin("tsv")
        class TsvExporter:
            sep = "\t"

            def export(self, rows):
                return "\n".join(f"{n}{self.sep}{g}" for n, g in rows)

        class SemicolonExporter(TsvExporter):
            sep = ";"

        self.assertEqual(SemicolonExporter().export([("Bo", 4)]), "Bo;4")
        self.assertEqual(registry.create("TSV").export([("Bo", 4)]), "Bo\t4")

    def test_unicode_names(self):
        """names with accents are normalized and found"""
        registry = Registry()
        cls = registry.plugin("Überblick")(exporter_class("UeberblickExporter"))
        self.assertEqual(cls.plugin_name, "überblick")
        self.assertIsInstance(registry.create(" überBLICK "), cls)

    def test_lookup_error_on_empty_registry(self):
        """an empty registry says known: (none)"""
        with self.assertRaises(LookupError) as cm:
            Registry().create("Csv ")
        self.assertEqual(str(cm.exception), "no exporter named 'Csv '; known: (none)")

    def test_many_plugins_sorted(self):
        """names() is sorted whatever the registration order"""
        registry = Registry()
        for i in range(50, 0, -1):
            registry.plugin(f"format{i:02d}")(exporter_class(f"Format{i}"))
        self.assertEqual(registry.names(), [f"format{i:02d}" for i in range(1, 51)])


if __name__ == "__main__":
    unittest.main()
