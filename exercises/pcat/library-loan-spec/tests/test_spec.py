"""Does the learner's suite read as a specification? Checked by introspection."""
import inspect
import re
import unittest

import loans
import solution

PUBLIC_FUNCTIONS = ["due_date", "fine_cents", "can_renew"]


def test_classes():
    """The learner's TestCase classes that have tests, with their test names."""
    loader = unittest.TestLoader()
    found = []
    for _, cls in inspect.getmembers(solution, inspect.isclass):
        if issubclass(cls, unittest.TestCase) and cls.__module__ == solution.__name__:
            names = loader.getTestCaseNames(cls)
            if names:
                found.append((cls, list(names)))
    return found


def first_line(doc):
    return (inspect.cleandoc(doc or "").splitlines() or [""])[0].strip()


class TestReadsAsASpec(unittest.TestCase):
    def setUp(self):
        self.classes = test_classes()
        self.assertTrue(self.classes,
                        "your file has no unittest.TestCase class with test_ methods")

    def test_every_test_has_a_docstring(self):
        """every test method has a docstring"""
        missing = [f"{cls.__name__}.{name}" for cls, names in self.classes for name in names
                   if not first_line(getattr(cls, name).__doc__)]
        if missing:
            self.fail("these tests have no docstring: under each def, write a one-line "
                      "sentence saying the rule it checks:\n  " + "\n  ".join(missing))

    def test_every_class_has_a_docstring(self):
        """every TestCase class has a docstring"""
        missing = [cls.__name__ for cls, _ in self.classes if not first_line(cls.__doc__)]
        if missing:
            self.fail("these test classes have no docstring (say which function of "
                      "loans.py they specify): " + ", ".join(missing))

    def test_every_function_is_named_by_a_class(self):
        """each function of loans.py is named in a test class docstring"""
        docs = " ".join(cls.__doc__ or "" for cls, _ in self.classes)
        for function in PUBLIC_FUNCTIONS:
            with self.subTest(function=function):
                self.assertTrue(callable(getattr(loans, function, None)))
                if function not in docs:
                    self.fail(f"no test class docstring names {function}: give its tests "
                              f"a class whose docstring starts with '{function}(...)'")

    def test_names_describe_behaviour(self):
        """test names say what happens: test_ and at least three words, no numbering"""
        bad = []
        for cls, names in self.classes:
            for name in names:
                words = name.split("_")[1:]
                if (len([w for w in words if w]) < 3 or name[-1].isdigit()
                        or not re.fullmatch(r"test(_[a-z0-9]+)+", name)):
                    bad.append(name)
        if bad:
            self.fail("rename these tests after the behaviour they check, in at least "
                      "three lowercase words (e.g. test_fine_is_capped_at_ten_euros):\n  "
                      + "\n  ".join(bad))


if __name__ == "__main__":
    unittest.main()
