"""More checks of the learner's skip and expectedFailure markers."""
import inspect
import sys
import types
import unittest
from unittest import mock

import backup
import solution


def tests_of(module):
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
    return bool(getattr(type(test), "__unittest_skip__", False)
                or getattr(method(test), "__unittest_skip__", False))


def expecting_failure(test):
    return bool(getattr(type(test), "__unittest_expecting_failure__", False)
                or getattr(method(test), "__unittest_expecting_failure__", False))


def on_platform(platform):
    with open(solution.__file__, encoding="utf-8") as file:
        code = compile(file.read(), solution.__file__, "exec")
    module = types.ModuleType(f"solution_on_{platform}")
    module.__file__ = solution.__file__
    with mock.patch.object(sys, "platform", platform):
        exec(code, module.__dict__)
    return module


def fixed_human_size(n_bytes):
    """human_size with bug #112 fixed."""
    if n_bytes < 0:
        raise ValueError("a size cannot be negative")
    if n_bytes < 1024:
        return f"{n_bytes} B"
    size = float(n_bytes)
    for unit in backup.UNITS[1:]:
        size /= 1024
        if round(size, 1) < 1024 or unit == backup.UNITS[-1]:
            return f"{size:.1f} {unit}"


class TestMarkersHidden(unittest.TestCase):
    def test_skipped_on_windows(self):
        """the make_private test is skipped on Windows too"""
        tests = [t for t in tests_of(on_platform("win32")) if "make_private" in source(t)]
        self.assertTrue(tests)
        for test in tests:
            with self.subTest(test=test._testMethodName):
                self.assertTrue(skipped(test))

    def test_expected_failure_is_bug_112(self):
        """the expected failure passes once bug #112 is fixed"""
        marked = [t for t in tests_of(solution) if expecting_failure(t)]
        self.assertTrue(marked)
        result = unittest.TestResult()
        patches = [mock.patch.object(backup, "human_size", fixed_human_size)]
        if getattr(solution, "human_size", None) is backup.human_size:
            patches.append(mock.patch.object(solution, "human_size", fixed_human_size))
        for p in patches:
            p.start()
        try:
            unittest.TestSuite([type(t)(t._testMethodName) for t in marked]).run(result)
        finally:
            for p in reversed(patches):
                p.stop()
        self.assertEqual(len(result.unexpectedSuccesses), len(marked))


if __name__ == "__main__":
    unittest.main()
