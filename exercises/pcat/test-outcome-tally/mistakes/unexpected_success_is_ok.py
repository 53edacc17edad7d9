# Mistake: summary() only looks at failures and errors. An unexpected
# success (a test marked @expectedFailure that passed) also makes a run
# unsuccessful: the marker is out of date and someone must look at it.
"""Run unittest suites and count their outcomes, one per test."""
import unittest

OUTCOMES = ("pass", "fail", "error", "skip", "xfail", "xpass")
_RANK = {"error": 2, "fail": 1}  # when one test reports several problems


def build_suite(*test_classes):
    """A TestSuite with every test of the given TestCase classes, in order."""
    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for test_class in test_classes:
        suite.addTests(loader.loadTestsFromTestCase(test_class))
    return suite


class TallyResult(unittest.TestResult):
    """A TestResult that also records one (name, outcome) pair per test."""

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        super().__init__(stream, descriptions, verbosity)
        self.outcomes = []
        self._current = None

    @staticmethod
    def name_of(test):
        """'ClassName.test_method' of a test."""
        return f"{type(test).__name__}.{test._testMethodName}"

    def _mark(self, outcome):
        if self._current is None or _RANK.get(outcome, 0) > _RANK.get(self._current, 0):
            self._current = outcome

    def startTest(self, test):
        super().startTest(test)
        self._current = None

    def addSuccess(self, test):
        super().addSuccess(test)
        self._mark("pass")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._mark("fail")

    def addError(self, test, err):
        super().addError(test, err)
        self._mark("error")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._mark("skip")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._mark("xfail")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._mark("xpass")

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            self._mark("fail" if issubclass(err[0], test.failureException) else "error")

    def stopTest(self, test):
        super().stopTest(test)
        self.outcomes.append((self.name_of(test), self._current))


def tally(suite):
    """Run `suite` with a new TallyResult and count the outcomes."""
    result = TallyResult()
    suite.run(result)
    counts = {"run": len(result.outcomes)}
    for outcome in OUTCOMES:
        counts[outcome] = sum(1 for _, seen in result.outcomes if seen == outcome)
    return counts


def summary(counts):
    """The last line a unittest runner would print for these counts."""
    infos = []
    if counts["fail"] or counts["error"]:
        verdict = "FAILED"
        if counts["fail"]:
            infos.append(f"failures={counts['fail']}")
        if counts["error"]:
            infos.append(f"errors={counts['error']}")
    elif counts["run"] == 0:
        verdict = "NO TESTS RAN"
    else:
        verdict = "OK"
    for key, label in [("skip", "skipped"), ("xfail", "expected failures"),
                       ("xpass", "unexpected successes")]:
        if counts[key]:
            infos.append(f"{label}={counts[key]}")
    return f"{verdict} ({', '.join(infos)})" if infos else verdict
