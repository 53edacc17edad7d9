"""More checks of the learner's fixtures."""
import unittest
from unittest import mock

import logrotate
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


def run(tests):
    result = unittest.TestResult()
    unittest.TestSuite([type(t)(t._testMethodName) for t in tests]).run(result)
    return result


class TestFixturesHidden(unittest.TestCase):
    def test_rotation_folders_not_shared(self):
        """no two tests rotate in the same folder"""
        folders = {}
        real = logrotate.rotate
        current = []

        def spy(folder, *args, **kwargs):
            folders.setdefault(str(folder), set()).add(current[-1])
            return real(folder, *args, **kwargs)

        class Tracking(unittest.TestResult):
            def startTest(self, test):
                current.append(test.id())
                super().startTest(test)

        patches = [mock.patch.object(logrotate, "rotate", spy)]
        if getattr(solution, "rotate", None) is real:
            patches.append(mock.patch.object(solution, "rotate", spy))
        for p in patches:
            p.start()
        try:
            tests = learner_tests()
            unittest.TestSuite([type(t)(t._testMethodName) for t in tests]).run(Tracking())
        finally:
            for p in reversed(patches):
                p.stop()
        self.assertTrue(folders, "rotate was never called")
        shared = [f for f, users in folders.items() if len(users) > 1]
        self.assertEqual(shared, [])

    def test_suite_runs_twice(self):
        """the whole suite passes twice in a row"""
        tests = learner_tests()
        for attempt in (1, 2):
            with self.subTest(run=attempt):
                self.assertTrue(run(tests).wasSuccessful())


if __name__ == "__main__":
    unittest.main()
