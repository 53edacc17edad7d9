import unittest

from solution import TallyResult, build_suite, summary, tally

ZERO = {"run": 0, "pass": 0, "fail": 0, "error": 0, "skip": 0, "xfail": 0, "xpass": 0}


def run(*classes):
    result = TallyResult()
    build_suite(*classes).run(result)
    return result.outcomes


class TestTallyHidden(unittest.TestCase):
    def test_subtest_error_beats_failure(self):
        """a subTest that raises a non-assertion error makes the test an error"""
        class Mixed(unittest.TestCase):
            def test_mixed(self):
                with self.subTest(step=1):
                    self.fail("wrong total")
                with self.subTest(step=2):
                    raise ValueError("bad price 'abc'")

        self.assertEqual(run(Mixed), [("Mixed.test_mixed", "error")])

    def test_plain_assert_is_a_failure(self):
        """a bare `assert` is a failure, any other exception an error"""
        class Bare(unittest.TestCase):
            def test_assert(self):
                assert 1 + 1 == 3, "arithmetic"

            def test_zero(self):
                return 1 / 0

        self.assertEqual(run(Bare), [("Bare.test_assert", "fail"), ("Bare.test_zero", "error")])

    def test_setup_and_teardown_errors(self):
        """errors in setUp or tearDown make an error, counted once per test"""
        class Fixtures(unittest.TestCase):
            def setUp(self):
                if self._testMethodName == "test_a":
                    raise OSError("database down")

            def tearDown(self):
                if self._testMethodName == "test_b":
                    raise OSError("cannot clean up")

            def test_a(self):
                pass

            def test_b(self):
                self.assertEqual(1, 2)

        self.assertEqual(run(Fixtures), [("Fixtures.test_a", "error"),
                                         ("Fixtures.test_b", "error")])

    def test_skipped_class(self):
        """every test of a skipped class is a skip"""
        @unittest.skip("no network")
        class Network(unittest.TestCase):
            def test_one(self):
                self.fail()

            def test_two(self):
                pass

        self.assertEqual(tally(build_suite(Network)), dict(ZERO, run=2, skip=2))

    def test_empty_suite(self):
        """no classes, or a class without tests: nothing ran"""
        class Empty(unittest.TestCase):
            def helper(self):
                pass

        for classes in [(), (Empty,)]:
            with self.subTest(classes=len(classes)):
                suite = build_suite(*classes)
                self.assertEqual(suite.countTestCases(), 0)
                self.assertEqual(tally(suite), ZERO)

    def test_many_tests(self):
        """200 generated tests are counted"""
        body = {f"test_{i:03d}": (lambda self: None) if i % 4 else (lambda self: self.fail())
                for i in range(200)}
        big = type("Big", (unittest.TestCase,), body)
        counts = tally(build_suite(big))
        self.assertEqual(counts, dict(ZERO, run=200, **{"pass": 150, "fail": 50}))

    def test_fresh_results(self):
        """two TallyResults, and two tally() calls, do not share outcomes"""
        class One(unittest.TestCase):
            def test_ok(self):
                pass

        first, second = TallyResult(), TallyResult()
        build_suite(One).run(first)
        self.assertEqual(second.outcomes, [])
        self.assertEqual(tally(build_suite(One)), tally(build_suite(One)))


class TestSummaryHidden(unittest.TestCase):
    def test_no_tests_ran(self):
        """nothing ran: NO TESTS RAN"""
        self.assertEqual(summary(dict(ZERO)), "NO TESTS RAN")

    def test_unexpected_success_fails_the_run(self):
        """an unexpected success alone makes the run FAILED"""
        self.assertEqual(summary(dict(ZERO, run=3, xpass=1, **{"pass": 2})),
                         "FAILED (unexpected successes=1)")

    def test_everything_at_once(self):
        """all six outcomes, in the runner's order"""
        counts = {"run": 21, "pass": 1, "fail": 2, "error": 3, "skip": 4, "xfail": 5, "xpass": 6}
        self.assertEqual(summary(counts), "FAILED (failures=2, errors=3, skipped=4, "
                                          "expected failures=5, unexpected successes=6)")

    def test_only_skips(self):
        """all tests skipped is still OK"""
        self.assertEqual(summary(dict(ZERO, run=2, skip=2)), "OK (skipped=2)")


if __name__ == "__main__":
    unittest.main()
