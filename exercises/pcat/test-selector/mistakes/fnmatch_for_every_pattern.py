# Mistake: every pattern goes through fnmatch, also the ones without a *.
# fnmatch matches the WHOLE id, so the word "card" matches no test at all
# (no id IS "card"). unittest -k treats a pattern without * as a substring:
# "card" selects every id that contains it.
import fnmatch
import io
import unittest


def _flatten(suite):
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            yield from _flatten(item)
        else:
            yield item


def select_tests(module, patterns=(), exclude=()):
    suite = unittest.TestSuite()
    for test in _flatten(unittest.TestLoader().loadTestsFromModule(module)):
        test_id = test.id()
        wanted = not patterns or any(fnmatch.fnmatchcase(test_id, p) for p in patterns)
        if wanted and not any(fnmatch.fnmatchcase(test_id, p) for p in exclude):
            suite.addTest(test)
    return suite


def run_quietly(suite):
    result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
    return {"run": result.testsRun, "failures": len(result.failures),
            "errors": len(result.errors), "skipped": len(result.skipped),
            "ok": result.wasSuccessful()}
