# Mistake: the patterns are matched against the method name only
# (test._testMethodName, "test_pay_by_card") instead of the full id
# ("shop_tests.TestCheckout.test_pay_by_card"). Then "Cart" cannot select
# the tests of class TestCart, "*Checkout.test_pay*" selects nothing and
# "test_pay*" selects tests it should not.
import fnmatch
import io
import unittest


def _matches(name, pattern):
    if "*" in pattern:
        return fnmatch.fnmatchcase(name, pattern)
    return pattern in name


def _flatten(suite):
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            yield from _flatten(item)
        else:
            yield item


def select_tests(module, patterns=(), exclude=()):
    suite = unittest.TestSuite()
    for test in _flatten(unittest.TestLoader().loadTestsFromModule(module)):
        name = test._testMethodName
        wanted = not patterns or any(_matches(name, p) for p in patterns)
        if wanted and not any(_matches(name, p) for p in exclude):
            suite.addTest(test)
    return suite


def run_quietly(suite):
    result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
    return {"run": result.testsRun, "failures": len(result.failures),
            "errors": len(result.errors), "skipped": len(result.skipped),
            "ok": result.wasSuccessful()}
