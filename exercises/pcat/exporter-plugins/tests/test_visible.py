import unittest

from solution import Registry


class TestDecorator(unittest.TestCase):
    def test_decorator_registers_and_returns_the_class(self):
        """@registry.plugin("csv") registers the class and gives it back"""
        registry = Registry()

        class CsvExporter:
            def export(self, rows):
                return "\n".join(f"{name},{grade}" for name, grade in rows)

        returned = registry.plugin(" CSV ")(CsvExporter)
        self.assertIs(returned, CsvExporter,
                      msg="the class decorator must return the decorated class itself")
        self.assertEqual(CsvExporter.plugin_name, "csv", msg="CsvExporter.plugin_name")
        self.assertEqual(registry.names(), ["csv"], msg="registry.names()")

    def test_missing_export_is_an_assertion_error(self):
        """a class without export() fails an assert with a clear message"""
        registry = Registry()

        class PdfExporter:
            def save(self, rows):
                return b""

        with self.assertRaises(AssertionError, msg="decorating a class without export()") as cm:
            registry.plugin("pdf")(PdfExporter)
        self.assertEqual(str(cm.exception), "PdfExporter has no export() method")
        self.assertEqual(registry.names(), [], msg="a failed check must register nothing")


class TestCreate(unittest.TestCase):
    def test_create_makes_an_instance_with_arguments(self):
        """create(name, ...) normalizes the name and passes the arguments on"""
        registry = Registry()

        @registry.plugin("markdown")
        class MarkdownExporter:
            def __init__(self, title="Grades"):
                self.title = title

            def export(self, rows):
                return "\n".join([f"# {self.title}"] + [f"- {n}: {g}" for n, g in rows])

        exporter = registry.create("  Markdown", title="5B")
        self.assertIsInstance(exporter, MarkdownExporter, msg="create('  Markdown', title='5B')")
        self.assertEqual(exporter.export([("Ana", 5)]), "# 5B\n- Ana: 5")

    def test_unknown_name_is_a_lookup_error(self):
        """an unknown name from a user raises LookupError, not AssertionError"""
        registry = Registry()

        @registry.plugin("json")
        class JsonExporter:
            def export(self, rows):
                return "[]"

        @registry.plugin("csv")
        class CsvExporter:
            def export(self, rows):
                return ""

        try:
            registry.create("pdf")
        except LookupError as exc:
            self.assertEqual(str(exc), "no exporter named 'pdf'; known: csv, json")
        except AssertionError:
            self.fail("create('pdf') raised AssertionError: a user's typo is not a "
                      "programmer mistake, raise LookupError instead of using assert")
        else:
            self.fail("create('pdf') raised nothing; expected LookupError")


class TestMethods(unittest.TestCase):
    def test_normalize_is_a_static_method(self):
        """normalize works on the class and on an instance"""
        self.assertEqual(Registry.normalize(" CSV "), "csv", msg="Registry.normalize(' CSV ')")
        self.assertEqual(Registry().normalize("Json\n"), "json",
                         msg="Registry().normalize('Json\\n')")

    def test_two_registries_do_not_share_plugins(self):
        """plugins registered in one registry stay out of another"""
        school, office = Registry(), Registry()

        @school.plugin("school-report")
        class SchoolReportExporter:
            def export(self, rows):
                return ""

        self.assertNotIn("school-report", office.names(),
                         msg="a plugin of `school` shows up in `office`: a dict written in "
                             "the class body is shared by all registries; create it in "
                             "__init__")
        self.assertEqual(school.names(), ["school-report"], msg="school.names()")
        self.assertEqual(office.names(), [], msg="office.names()")

if __name__ == "__main__":
    unittest.main()
