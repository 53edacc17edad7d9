"""select_tests and run_quietly, tried on made-up test modules."""
import contextlib
import io
import types
import unittest

from solution import run_quietly, select_tests


def make_module(name, *classes):
    """A module object holding TestCase classes, as if imported from name.py."""
    module = types.ModuleType(name)
    for cls in classes:
        cls.__module__ = name
        cls.__qualname__ = cls.__name__
        setattr(module, cls.__name__, cls)
    return module


def shop_tests():
    class TestCart(unittest.TestCase):
        def test_add_item(self):
            pass

        def test_empty_cart_total(self):
            pass

        def test_remove_item(self):
            pass

    class TestCheckout(unittest.TestCase):
        def test_pay_by_card(self):
            pass

        def test_pay_by_card_declined(self):
            pass

        def test_slow_bank_transfer(self):
            pass

    class TestCoupon(unittest.TestCase):
        def test_cart_coupon_expired(self):
            pass

        def test_coupon_applied(self):
            pass

    return make_module("shop_tests", TestCheckout, TestCoupon, TestCart)


ALL = [
    "shop_tests.TestCart.test_add_item",
    "shop_tests.TestCart.test_empty_cart_total",
    "shop_tests.TestCart.test_remove_item",
    "shop_tests.TestCheckout.test_pay_by_card",
    "shop_tests.TestCheckout.test_pay_by_card_declined",
    "shop_tests.TestCheckout.test_slow_bank_transfer",
    "shop_tests.TestCoupon.test_cart_coupon_expired",
    "shop_tests.TestCoupon.test_coupon_applied",
]


def ids(suite):
    found = []
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            found += ids(item)
        else:
            found.append(item.id())
    return found


def report_tests():
    class TestReport(unittest.TestCase):
        def test_passes(self):
            self.assertEqual(1 + 1, 2)

        def test_fails(self):
            self.assertEqual(1 + 1, 3)

        def test_crashes(self):
            raise KeyError("missing")

        @unittest.skip("not today")
        def test_skipped(self):
            pass

        def test_passes_too(self):
            pass

    return make_module("report_tests", TestReport)


class Checks(unittest.TestCase):
    def check(self, suite, expected, call, why=""):
        got = ids(suite)
        if got != expected:
            self.fail(f"{call} selected {len(got)} tests:\n    "
                      + "\n    ".join(got or ["(none)"])
                      + f"\n  expected {len(expected)}:\n    "
                      + "\n    ".join(expected or ["(none)"])
                      + (f"\n  ({why})" if why else ""))


class TestSelectTests(Checks):
    def test_no_patterns_selects_everything(self):
        """no patterns: every test, in the loader's order"""
        suite = select_tests(shop_tests())
        self.assertIsInstance(suite, unittest.TestSuite)
        self.check(suite, ALL, "select_tests(module)")

    def test_word_is_a_substring(self):
        """a pattern without * selects the ids that contain it"""
        module = shop_tests()
        self.check(select_tests(module, ["card"]), ALL[3:5],
                   "select_tests(module, ['card'])")
        self.check(select_tests(module, ["Cart"]), ALL[0:3],
                   "select_tests(module, ['Cart'])",
                   "matching is case-sensitive, and the class name is part of the id")

    def test_wildcard_matches_the_whole_id(self):
        """a pattern with * is matched against the whole id"""
        module = shop_tests()
        self.check(select_tests(module, ["*Checkout.test_pay*"]), ALL[3:5],
                   "select_tests(module, ['*Checkout.test_pay*'])")
        self.check(select_tests(module, ["test_pay*"]), [],
                   "select_tests(module, ['test_pay*'])",
                   "the whole id must match, and no id starts with test_pay")
        self.check(select_tests(module, ["*_item"]), [ALL[0], ALL[2]],
                   "select_tests(module, ['*_item'])")

    def test_exclude_drops_tests(self):
        """exclude patterns drop the tests they match"""
        module = shop_tests()
        self.check(select_tests(module, exclude=["*slow*"]), ALL[:5] + ALL[6:],
                   "select_tests(module, exclude=['*slow*'])")
        self.check(select_tests(module, ["Checkout"], exclude=["declined", "slow"]),
                   ALL[3:4],
                   "select_tests(module, ['Checkout'], exclude=['declined', 'slow'])")


class TestRunQuietly(unittest.TestCase):
    def test_counts_and_silence(self):
        """run_quietly returns the counts and prints nothing"""
        suite = select_tests(report_tests())
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            counts = run_quietly(suite)
        self.assertEqual(counts, {"run": 5, "failures": 1, "errors": 1, "skipped": 1,
                                  "ok": False})
        printed = out.getvalue() + err.getvalue()
        if printed:
            self.fail("run_quietly printed this (give TextTestRunner a stream of its own, "
                      "io.StringIO()):\n" + "\n".join(printed.splitlines()[:3]) + "\n...")


if __name__ == "__main__":
    unittest.main()
