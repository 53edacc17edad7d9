import unittest

from solution import TallyResult, build_suite, summary, tally


def sample_classes():
    """Small test classes to run. They are made inside a function, so the
    grader does not collect them as tests of its own."""

    class Checkout(unittest.TestCase):
        def test_total(self):
            self.assertEqual(2 * 21, 42)

        def test_rounding(self):
            self.assertEqual(0.1 + 0.2, 0.3)   # fails: 0.30000000000000004

        def test_missing_price(self):
            {}["SKU-1"]                          # error: KeyError

    class Printer(unittest.TestCase):
        @unittest.skip("printer not connected")
        def test_receipt(self):
            pass

        @unittest.expectedFailure
        def test_known_bug(self):
            self.assertEqual("1,5".replace(",", "."), "1,5")

        @unittest.expectedFailure
        def test_bug_fixed_already(self):
            pass

    class Prices(unittest.TestCase):
        def test_many_prices(self):
            for price in [0, 5, -3, 7]:
                with self.subTest(price=price):
                    self.assertGreaterEqual(price, 0)

        def test_all_positive(self):
            for price in [1, 2, 3]:
                with self.subTest(price=price):
                    self.assertGreater(price, 0)

    return Checkout, Printer, Prices


def ids(suite):
    """The 'Class.method' names of a suite's tests, nested suites flattened."""
    names = []
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            names += ids(item)
        else:
            names.append(".".join(item.id().split(".")[-2:]))
    return names


ZERO = {"run": 0, "pass": 0, "fail": 0, "error": 0, "skip": 0, "xfail": 0, "xpass": 0}


class TestBuildSuite(unittest.TestCase):
    def test_suite_holds_all_tests_in_order(self):
        """build_suite(Checkout, Printer) holds their tests, class by class, methods sorted"""
        checkout, printer, _ = sample_classes()
        suite = build_suite(checkout, printer)
        self.assertIsInstance(suite, unittest.TestSuite, msg="build_suite must return a TestSuite")
        self.assertEqual(ids(suite), [
            "Checkout.test_missing_price", "Checkout.test_rounding", "Checkout.test_total",
            "Printer.test_bug_fixed_already", "Printer.test_known_bug", "Printer.test_receipt",
        ])


class TestTally(unittest.TestCase):
    def test_pass_fail_error(self):
        """tally counts a pass, a failure and an error"""
        checkout, _, _ = sample_classes()
        counts = tally(build_suite(checkout))
        self.assertEqual(counts, dict(ZERO, run=3, **{"pass": 1, "fail": 1, "error": 1}))

    def test_skip_and_expected_failures(self):
        """tally counts a skip, an expected failure and an unexpected success"""
        _, printer, _ = sample_classes()
        counts = tally(build_suite(printer))
        self.assertEqual(counts, dict(ZERO, run=3, skip=1, xfail=1, xpass=1))

    def test_subtests_count_once(self):
        """a test with two failing subTests counts once, as a failure"""
        _, _, prices = sample_classes()
        counts = tally(build_suite(prices))
        self.assertEqual(counts, dict(ZERO, run=2, **{"pass": 1, "fail": 1}),
                         msg="test_many_prices fails for 2 of its 4 subtests: ONE failed test")


class TestTallyResult(unittest.TestCase):
    def test_outcomes_in_run_order(self):
        """TallyResult.outcomes lists (name, outcome) for each test, in run order"""
        checkout, printer, _ = sample_classes()
        result = TallyResult()
        build_suite(checkout, printer).run(result)
        self.assertEqual(result.outcomes, [
            ("Checkout.test_missing_price", "error"), ("Checkout.test_rounding", "fail"),
            ("Checkout.test_total", "pass"), ("Printer.test_bug_fixed_already", "xpass"),
            ("Printer.test_known_bug", "xfail"), ("Printer.test_receipt", "skip"),
        ])

    def test_base_class_still_works(self):
        """TallyResult keeps TestResult's own bookkeeping (super() is called)"""
        checkout, printer, _ = sample_classes()
        result = TallyResult()
        build_suite(checkout, printer).run(result)
        self.assertEqual(result.testsRun, 6, msg="result.testsRun")
        self.assertEqual(len(result.failures), 1, msg="len(result.failures)")
        self.assertEqual(len(result.errors), 1, msg="len(result.errors)")
        self.assertEqual(len(result.skipped), 1, msg="len(result.skipped)")
        self.assertEqual(len(result.expectedFailures), 1, msg="len(result.expectedFailures)")
        self.assertEqual(len(result.unexpectedSuccesses), 1,
                         msg="len(result.unexpectedSuccesses)")
        self.assertFalse(result.wasSuccessful(), msg="result.wasSuccessful()")


class TestSummary(unittest.TestCase):
    def test_summary_lines(self):
        """summary() gives the runner's last line"""
        table = [
            (dict(ZERO, run=4, **{"pass": 4}), "OK"),
            (dict(ZERO, run=3, **{"pass": 1, "fail": 1, "error": 1}),
             "FAILED (failures=1, errors=1)"),
            (dict(ZERO, run=5, skip=2, xfail=1, **{"pass": 2}),
             "OK (skipped=2, expected failures=1)"),
        ]
        for counts, line in table:
            with self.subTest(counts=counts):
                self.assertEqual(summary(counts), line)


if __name__ == "__main__":
    unittest.main()
