"""Are skipIf and expectedFailure used where they belong? Inspect and run the learner's suite."""
import inspect
import sys
import types
import unittest
from unittest import mock

import solution


def tests_of(module):
    """Every test of a module, as unittest.TestLoader finds them."""
    found = []

    def flatten(suite):
        for item in suite:
            if isinstance(item, unittest.TestSuite):
                flatten(item)
            else:
                found.append(item)

    flatten(unittest.TestLoader().loadTestsFromModule(module))
    return found


def method(test):
    return getattr(type(test), test._testMethodName)


def source(test):
    try:
        return inspect.getsource(inspect.unwrap(method(test)))
    except (OSError, TypeError):
        return ""


def skipped(test):
    """True when a skip decorator (on the method or its class) applies."""
    return bool(getattr(type(test), "__unittest_skip__", False)
                or getattr(method(test), "__unittest_skip__", False))


def expecting_failure(test):
    return bool(getattr(type(test), "__unittest_expecting_failure__", False)
                or getattr(method(test), "__unittest_expecting_failure__", False))


def on_platform(platform):
    """The learner's module, executed again as if sys.platform were `platform`."""
    with open(solution.__file__, encoding="utf-8") as file:
        code = compile(file.read(), solution.__file__, "exec")
    module = types.ModuleType(f"solution_on_{platform}")
    module.__file__ = solution.__file__
    with mock.patch.object(sys, "platform", platform):
        exec(code, module.__dict__)
    return module


def permission_tests(module):
    return [t for t in tests_of(module) if "make_private" in source(t)]


def run(tests):
    result = unittest.TestResult()
    unittest.TestSuite([type(t)(t._testMethodName) for t in tests]).run(result)
    return result


class TestMarkers(unittest.TestCase):
    def test_permission_test_skipped_here(self):
        """the make_private test is skipped here, where sys.platform is 'wasi'"""
        tests = permission_tests(solution)
        if not tests:
            self.fail("no test calls make_private: write one that checks the file's mode "
                      "is 0o600 afterwards")
        result = run(tests)
        reported = {test.id() for test, _ in result.skipped}
        for test in tests:
            with self.subTest(test=test._testMethodName):
                if test.id() not in reported:
                    self.fail(f"{test._testMethodName} is not skipped on {sys.platform!r}, "
                              "where file permissions do not work: decorate it with "
                              "@unittest.skipIf(<a condition on sys.platform>, \"reason\")")

    def test_permission_test_runs_on_posix(self):
        """the make_private test still runs on Linux and macOS"""
        for platform in ("linux", "darwin"):
            tests = permission_tests(on_platform(platform))
            if not tests:
                self.fail("no test calls make_private")
            for test in tests:
                with self.subTest(platform=platform, test=test._testMethodName):
                    if skipped(test):
                        self.fail(f"with sys.platform == {platform!r} this test is skipped "
                                  "too: skip it only where permissions are not supported")

    def test_bug_112_marked_expected_failure(self):
        """the bug #112 test is marked expectedFailure and fails as expected"""
        marked = [t for t in tests_of(solution) if expecting_failure(t)]
        if not marked:
            self.fail("no test is decorated with @unittest.expectedFailure: write the test "
                      "of bug #112 (human_size(1048575) == '1.0 MiB') and mark it")
        result = run(marked)
        expected = {test.id() for test, _ in result.expectedFailures}
        for test in marked:
            with self.subTest(test=test._testMethodName):
                if "human_size" not in source(test):
                    self.fail("only the test of bug #112 should be an expected failure")
                if test.id() not in expected:
                    self.fail("this test passes on the current backup.py (an unexpected "
                              "success): it must check the CORRECT result, '1.0 MiB'")

    def test_other_tests_run(self):
        """the other tests run normally here: nothing else is skipped"""
        others = [t for t in tests_of(solution) if "make_private" not in source(t)]
        if len(others) < 3:
            self.fail("write tests for backup_name, human_size and old_backups too")
        wrongly = [t._testMethodName for t in others if skipped(t)]
        if wrongly:
            self.fail("these tests are skipped but do not need to be (an expected failure "
                      "is marked @unittest.expectedFailure, not skipped): " + ", ".join(wrongly))


if __name__ == "__main__":
    unittest.main()
