"""Pick the tests to run by name, the way `python -m unittest -k` does."""
import fnmatch
import io
import unittest


def _matches(test_id, pattern):
    if "*" in pattern:
        return fnmatch.fnmatchcase(test_id, pattern)
    return pattern in test_id


def _flatten(suite):
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            yield from _flatten(item)
        else:
            yield item


def select_tests(module, patterns=(), exclude=()):
    """Return a flat TestSuite of the module's tests that match.

    A test is kept when its id matches one of `patterns` (or `patterns` is
    empty) and matches none of `exclude`.
    """
    suite = unittest.TestSuite()
    for test in _flatten(unittest.TestLoader().loadTestsFromModule(module)):
        test_id = test.id()
        wanted = not patterns or any(_matches(test_id, p) for p in patterns)
        if wanted and not any(_matches(test_id, p) for p in exclude):
            suite.addTest(test)
    return suite


def run_quietly(suite):
    """Run a suite without printing anything; return the counts of its result."""
    result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
    return {
        "run": result.testsRun,
        "failures": len(result.failures),
        "errors": len(result.errors),
        "skipped": len(result.skipped),
        "ok": result.wasSuccessful(),
    }
