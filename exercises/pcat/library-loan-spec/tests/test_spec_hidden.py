"""More documentation checks of the learner's suite."""
import inspect
import unittest

import solution


def tests():
    loader = unittest.TestLoader()
    found = []
    for _, cls in inspect.getmembers(solution, inspect.isclass):
        if issubclass(cls, unittest.TestCase) and cls.__module__ == solution.__name__:
            found += [(cls, name) for name in loader.getTestCaseNames(cls)]
    return found


def first_line(doc):
    return (inspect.cleandoc(doc or "").splitlines() or [""])[0].strip()


class TestReadsAsASpecHidden(unittest.TestCase):
    def test_docstrings_are_sentences(self):
        """each test docstring starts with a sentence of four words or more"""
        bad = []
        for cls, name in tests():
            line = first_line(getattr(cls, name).__doc__)
            if not (line[:1].isupper() and line.endswith(".") and len(line.split()) >= 4):
                bad.append(f"{name}: {line!r}")
        self.assertEqual(bad, [])

    def test_docstrings_are_distinct(self):
        """no two tests share the same docstring"""
        lines = [first_line(getattr(cls, name).__doc__).lower() for cls, name in tests()]
        repeated = sorted({line for line in lines if lines.count(line) > 1})
        self.assertEqual(repeated, [])


if __name__ == "__main__":
    unittest.main()
