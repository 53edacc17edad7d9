"""How the learner's tests use fixtures: run their suite under observation."""
import sqlite3
import unittest
from unittest import mock

import bank
import solution


def learner_tests():
    """The learner's tests, one by one, in the loader's order."""
    suite = unittest.defaultTestLoader.loadTestsFromModule(solution)
    tests = []

    def flatten(s):
        for item in s:
            if isinstance(item, unittest.TestSuite):
                flatten(item)
            else:
                tests.append(item)

    flatten(suite)
    return tests


def fresh(test):
    return type(test)(test._testMethodName)


class Result(unittest.TestResult):
    """Keeps the exception of each failing test, to say in one line why it failed."""

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
    """Run tests as one suite (class fixtures included); return the result."""
    result = Result()
    unittest.TestSuite([fresh(t) for t in tests]).run(result)
    return result


def problems(result):
    lines = list(result.why)
    lines += [f"{t.id()}: passed but is marked expectedFailure"
              for t in result.unexpectedSuccesses]
    return "\n".join(lines)


class Observer:
    """Counts create_schema calls and records every sqlite3 connection."""

    def __init__(self):
        self.schemas = 0
        self.connections = []

    def __enter__(self):
        real_schema, real_connect = bank.create_schema, sqlite3.connect

        def create_schema(conn):
            self.schemas += 1
            return real_schema(conn)

        def connect(*args, **kwargs):
            conn = real_connect(*args, **kwargs)
            self.connections.append(conn)
            return conn

        self.patches = [mock.patch.object(bank, "create_schema", create_schema),
                        mock.patch.object(sqlite3, "connect", connect)]
        if getattr(solution, "create_schema", None) is real_schema:
            self.patches.append(mock.patch.object(solution, "create_schema", create_schema))
        if getattr(solution, "connect", None) is real_connect:
            self.patches.append(mock.patch.object(solution, "connect", connect))
        for p in self.patches:
            p.start()
        return self

    def __exit__(self, *exc):
        for p in reversed(self.patches):
            p.stop()


class TestFixtures(unittest.TestCase):
    def setUp(self):
        self.tests = learner_tests()
        self.assertTrue(self.tests, "your file has no tests")

    def test_schema_created_once_per_class(self):
        """create_schema runs once per TestCase class, not before every test"""
        classes = {type(t) for t in self.tests}
        with Observer() as seen:
            result = run(self.tests)
        self.assertTrue(result.wasSuccessful(),
                        "your tests fail when unittest runs them in its usual order "
                        "(alphabetical, as `python3 solution.py` does):\n" + problems(result))
        self.assertGreaterEqual(seen.schemas, 1, "create_schema was never called: "
                                "your tests need a database made with create_schema(conn)")
        self.assertLessEqual(
            seen.schemas, len(classes),
            f"create_schema ran {seen.schemas} times for {len(self.tests)} tests in "
            f"{len(classes)} TestCase classes: create the database in setUpClass "
            f"(a classmethod), not in setUp")

    def test_databases_closed(self):
        """every database the tests open is closed at the end"""
        with Observer() as seen:
            run(self.tests)
        self.assertTrue(seen.connections, "no sqlite3.connect(...) call was seen")
        still_open = 0
        for conn in seen.connections:
            try:
                conn.execute("SELECT 1")
            except sqlite3.ProgrammingError:
                continue
            still_open += 1
            conn.close()
        self.assertEqual(still_open, 0,
                         f"{still_open} of {len(seen.connections)} connections were left open: "
                         f"close them in tearDownClass (cls.conn.close())")

    def test_each_test_alone(self):
        """each test passes when it runs on its own"""
        for test in self.tests:
            with self.subTest(test=test.id()):
                result = run([test])
                self.assertTrue(result.wasSuccessful(),
                                "this test fails when run alone: it depends on what another "
                                "test left behind; arrange everything it needs in setUp\n"
                                + problems(result))

    def test_reverse_order(self):
        """the tests pass in reverse order too"""
        result = run(list(reversed(self.tests)))
        self.assertTrue(result.wasSuccessful(),
                        "in reverse order some tests fail: each test must start from the same "
                        "state (setUp) and clean up after itself (tearDown)\n" + problems(result))


if __name__ == "__main__":
    unittest.main()
