# Mistake: run_quietly uses unittest.TextTestRunner() with its default
# stream, sys.stderr, so it prints the dots, the tracebacks and "FAILED
# (failures=1, errors=1, skipped=1)" on every call, which is exactly what
# the CI script wanted to avoid. Give the runner its own stream:
# TextTestRunner(stream=io.StringIO()).
import fnmatch
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
    suite = unittest.TestSuite()
    for test in _flatten(unittest.TestLoader().loadTestsFromModule(module)):
        test_id = test.id()
        wanted = not patterns or any(_matches(test_id, p) for p in patterns)
        if wanted and not any(_matches(test_id, p) for p in exclude):
            suite.addTest(test)
    return suite


def run_quietly(suite):
    result = unittest.TextTestRunner().run(suite)
    return {"run": result.testsRun, "failures": len(result.failures),
            "errors": len(result.errors), "skipped": len(result.skipped),
            "ok": result.wasSuccessful()}
