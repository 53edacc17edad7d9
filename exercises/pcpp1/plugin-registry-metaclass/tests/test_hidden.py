import unittest

from solution import CsvExporter, Exporter, JsonExporter, PluginMeta, get_exporter, make_exporter


class TestPluginsHidden(unittest.TestCase):
    def test_subclass_inheriting_name_not_registered(self):
        """a subclass that inherits `name` is not registered again"""
        class SemicolonCsv(CsvExporter):
            def export(self, rows):
                return super().export(rows).replace(",", ";")

        self.assertIs(PluginMeta.registry["csv"], CsvExporter)
        self.assertNotIn(SemicolonCsv, PluginMeta.registry.values())

    def test_new_plugin_class_statement(self):
        """a class statement with its own name registers itself"""
        class YamlExporter(Exporter):
            name = "yaml"

            def export(self, rows):
                return "---"

        self.assertIs(PluginMeta.registry["yaml"], YamlExporter)
        self.assertEqual(get_exporter("yaml").export([]), "---")

    def test_duplicate_name_refused(self):
        """a second plugin called 'json' raises TypeError"""
        with self.assertRaises(TypeError):
            class OtherJson(Exporter):
                name = "json"
        self.assertIs(PluginMeta.registry["json"], JsonExporter,
                      msg="the first json plugin must stay registered")

    def test_make_exporter_duplicate(self):
        """make_exporter with a taken name raises TypeError"""
        with self.assertRaises(TypeError):
            make_exporter("csv", str)

    def test_exports(self):
        """csv of no rows is empty; json is json.dumps of the rows"""
        self.assertEqual(get_exporter("csv").export([]), "")
        self.assertEqual(get_exporter("json").export([{"sku": "Ä-1", "qty": 0}]),
                         '[{"sku": "\\u00c4-1", "qty": 0}]')

    def test_every_call_a_new_instance(self):
        """get_exporter returns a new instance each time"""
        a, b = get_exporter("json"), get_exporter("json")
        self.assertIsNot(a, b)
        self.assertIs(a.__class__, JsonExporter)


if __name__ == "__main__":
    unittest.main()
