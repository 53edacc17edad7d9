"""How the learner's tests use module and test fixtures: run their suite under observation."""
import os
import tempfile
import unittest
from unittest import mock

import solution


def learner_tests():
    found = []

    def flatten(suite):
        for item in suite:
            if isinstance(item, unittest.TestSuite):
                flatten(item)
            else:
                found.append(item)

    flatten(unittest.defaultTestLoader.loadTestsFromModule(solution))
    return found


class Result(unittest.TestResult):
    """Keeps one line per failing test, to say why it failed."""

    def __init__(self):
        super().__init__()
        self.why = []

    def _note(self, test, err):
        message = (str(err[1]).strip().splitlines() or [""])[0]
        self.why.append(f"{test.id()}: {err[0].__name__}: {message}")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._note(test, err)

    def addError(self, test, err):
        super().addError(test, err)
        self._note(test, err)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            self._note(subtest, err)


def run(tests):
    """Run tests as one suite (module and class fixtures included)."""
    result = Result()
    unittest.TestSuite([type(t)(t._testMethodName) for t in tests]).run(result)
    return result


def temp_entries():
    return set(os.listdir(tempfile.gettempdir()))


class TestFixtures(unittest.TestCase):
    def setUp(self):
        self.tests = learner_tests()
        self.assertTrue(self.tests, "your file has no tests")

    def test_module_fixture_runs_once(self):
        """setUpModule builds the shared archive once for the whole module"""
        real = getattr(solution, "setUpModule", None)
        if real is None:
            self.fail("your file has no setUpModule() function: build the shared archive "
                      "there, once for all the test classes")
        calls = []

        def counting():
            calls.append(1)
            return real()

        with mock.patch.object(solution, "setUpModule", counting):
            result = run(self.tests)
        if not result.wasSuccessful():
            self.fail("your tests fail when unittest runs them in its usual order "
                      "(alphabetical, as `python3 solution.py` does):\n" + "\n".join(result.why))
        self.assertEqual(len(calls), 1, "setUpModule ran more than once")
        if getattr(solution, "tearDownModule", None) is None:
            self.fail("your file has no tearDownModule() function: remove the archive there")

    def test_nothing_left_in_tmp(self):
        """the suite leaves nothing behind in the temporary folder"""
        before = temp_entries()
        run(self.tests)
        left = sorted(temp_entries() - before)
        if left:
            self.fail(f"after your suite ran, {tempfile.gettempdir()} still holds: "
                      f"{', '.join(left)}. Remove the archive in tearDownModule and each "
                      "test's folder in tearDown or with self.addCleanup(shutil.rmtree, ...)")

    def test_each_test_alone(self):
        """each test passes when it runs on its own"""
        for test in self.tests:
            with self.subTest(test=test.id()):
                result = run([test])
                if not result.wasSuccessful():
                    self.fail("this test fails when run alone: it depends on what another "
                              "test did\n" + "\n".join(result.why))

    def test_reverse_order(self):
        """the tests pass in reverse order too"""
        result = run(list(reversed(self.tests)))
        if not result.wasSuccessful():
            self.fail("in reverse order some tests fail: tests that rotate must work in a "
                      "folder of their own, never in the shared archive\n"
                      + "\n".join(result.why))


if __name__ == "__main__":
    unittest.main()
