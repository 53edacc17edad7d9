"""More checks of the learner's fixtures."""
import unittest

import solution


def learner_tests():
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


def run(tests):
    result = unittest.TestResult()
    unittest.TestSuite([type(t)(t._testMethodName) for t in tests]).run(result)
    return result


class TestFixturesHidden(unittest.TestCase):
    def test_class_fixtures_defined(self):
        """every test class has its own setUpClass and tearDownClass (maybe inherited)"""
        base = unittest.TestCase
        classes = {type(t) for t in learner_tests()}
        self.assertTrue(classes, "your file has no tests")
        for cls in classes:
            with self.subTest(cls=cls.__name__):
                self.assertIsNot(cls.setUpClass.__func__, base.setUpClass.__func__,
                                 f"{cls.__name__} has no setUpClass")
                self.assertIsNot(cls.tearDownClass.__func__, base.tearDownClass.__func__,
                                 f"{cls.__name__} has no tearDownClass")
                self.assertIsNot(cls.setUp, base.setUp, f"{cls.__name__} has no setUp")

    def test_suite_runs_twice(self):
        """the whole suite passes twice in a row"""
        tests = learner_tests()
        for attempt in (1, 2):
            with self.subTest(run=attempt):
                result = run(tests)
                self.assertTrue(result.wasSuccessful(), f"run {attempt} failed")

    def test_enough_tests(self):
        """the suite has at least eight tests"""
        self.assertGreaterEqual(len(learner_tests()), 8)


if __name__ == "__main__":
    unittest.main()
