"""The package's shape: what it exports, what it hides, and the main guard."""

import contextlib
import io
import runpy
import sys
import unittest

import main
import store
import store.pricing
import store.tax.rates

PUBLIC = ["format_cents", "line_total", "rate_for", "tax_on", "to_cents"]


def run_main(run_name, stdin_text):
    """Run main.py as module `run_name` with the given input; return what it printed."""
    out = io.StringIO()
    saved = sys.stdin
    sys.stdin = io.StringIO(stdin_text)
    try:
        with contextlib.redirect_stdout(out):
            runpy.run_path(main.__file__, run_name=run_name)
    finally:
        sys.stdin = saved
    return out.getvalue()


class TestPackage(unittest.TestCase):
    def test_star_import(self):
        """from store import * gives exactly the five public tools"""
        namespace = {}
        exec("from store import *", namespace)
        names = sorted(name for name in namespace if name != "__builtins__")
        if names != PUBLIC:
            self.fail(f"from store import * gave {names}, expected {PUBLIC}: list exactly "
                      "these names in __all__ in store/__init__.py (without __all__, the "
                      "submodules pricing and tax come along too)")

    def test_private_helper(self):
        """the rounding helper is private: store.pricing._percent_of"""
        self.assertTrue(hasattr(store.pricing, "_percent_of"),
                        msg="store/pricing.py should define the helper _percent_of")
        self.assertEqual(store.pricing._percent_of(250, 5), 13,
                         msg="_percent_of(250, 5): 5 % of 250 cents is 12.5, "
                             "rounded half up to 13")

    def test_nested_package(self):
        """store.tax is a package of its own, reached as store.tax.rates"""
        self.assertIsNotNone(getattr(store.tax, "__file__", None),
                             msg="store/tax needs its own __init__.py (it may be empty)")
        self.assertEqual(store.tax.rates.RATES, {"food": 5, "books": 0, "general": 20},
                         msg="store.tax.rates.RATES")
        self.assertEqual(store.tax.rates.rate_for("food"), 5,
                         msg='store.tax.rates.rate_for("food")')

    def test_main_guard(self):
        """importing main prints nothing, running it prints the bill"""
        printed = run_main("main", "Bread,food,1,2.20\n\n")
        self.assertEqual(printed, "",
                         msg='importing main.py must not run the till: call main() under '
                             'if __name__ == "__main__":')
        printed = run_main("__main__", "Bread,food,1,2.20\n\n")
        self.assertIn("Total: 2.31", printed,
                      msg="running main.py as a script should print the bill")


if __name__ == "__main__":
    unittest.main()
