"""The design: one template method in the base class, one factory."""
import inspect
import unittest

import solution
from solution import (CsvExporter, HtmlExporter, MarkdownExporter, ReportExporter,
                      make_exporter)

CLASSES = [CsvExporter, MarkdownExporter, HtmlExporter]


class TestDesign(unittest.TestCase):
    def test_base_is_abstract(self):
        """ReportExporter cannot be instantiated: its steps are abstract"""
        with self.assertRaises(TypeError,
                               msg="ReportExporter() should raise TypeError: derive it from "
                                   "abc.ABC and mark header, format_row and footer with "
                                   "@abstractmethod"):
            ReportExporter()

    def test_template_method_not_overridden(self):
        """export() is written once, in ReportExporter, and inherited"""
        for cls in CLASSES:
            with self.subTest(cls=cls.__name__):
                self.assertTrue(issubclass(cls, ReportExporter),
                                msg=f"{cls.__name__} must derive from ReportExporter")
                self.assertIs(cls.export, ReportExporter.export,
                              msg=f"{cls.__name__} overrides export(): the template method "
                                  "belongs to the base class; subclasses only fill in "
                                  "header(), format_row() and footer()")

    def test_factory(self):
        """make_exporter builds the right class, whatever the case of the name"""
        for name, cls in [("csv", CsvExporter), ("MD", MarkdownExporter),
                          ("Html", HtmlExporter)]:
            with self.subTest(fmt=name):
                exporter = make_exporter(name)
                self.assertIs(type(exporter), cls, msg=f"make_exporter({name!r})")
        self.assertIsNot(make_exporter("csv"), make_exporter("csv"),
                         msg="each call should return a new exporter")
        with self.assertRaises(ValueError, msg='make_exporter("xml") must raise ValueError'):
            make_exporter("xml")

    def test_export_steps(self):
        """export() joins header, rows and footer, one per line"""
        text = make_exporter("md").export([("North", 2, 5.5)], (2, 5.5))
        self.assertEqual(text, "| Region | Units | Revenue |\n|---|---:|---:|\n"
                               "| North | 2 | 5.50 |\n| **Total** | 2 | 5.50 |\n")


if __name__ == "__main__":
    unittest.main()
