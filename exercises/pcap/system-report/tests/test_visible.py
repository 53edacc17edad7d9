"""The report must agree with the platform module, wherever it runs."""

import platform
import sys
import unittest

from solution import build_report, version_at_least, version_numbers

KEYS = ["system", "machine", "processor", "platform", "implementation", "version",
        "version_tuple"]


class TestReport(unittest.TestCase):
    def test_keys_and_types(self):
        """build_report() has the seven keys, with text values"""
        report = build_report()
        self.assertEqual(list(report), KEYS, msg="the keys of build_report(), in this order")
        for key in KEYS[:-1]:
            with self.subTest(key=key):
                self.assertIsInstance(report[key], str, msg=f"report[{key!r}] should be a str")
        parts = report["version_tuple"]
        self.assertIsInstance(parts, tuple, msg="report['version_tuple'] should be a tuple")
        self.assertEqual(len(parts), 3, msg="report['version_tuple'] has three parts")
        for part in parts:
            self.assertIsInstance(part, str, msg="python_version_tuple() gives strings")

    def test_consistent_with_platform(self):
        """the report says what platform says"""
        report = build_report()
        self.assertEqual(report["system"], platform.system(), msg="report['system']")
        self.assertEqual(report["platform"], platform.platform(), msg="report['platform']")
        self.assertEqual(report["implementation"], "CPython",
                         msg="the grader runs CPython: report['implementation']")
        self.assertEqual(report["version"], platform.python_version(), msg="report['version']")
        self.assertEqual(".".join(report["version_tuple"]), report["version"],
                         msg="the version tuple, joined with dots, is the version")

    def test_unknown_fallback(self):
        """an empty processor or machine is reported as unknown"""
        report = build_report()
        self.assertEqual(report["processor"], platform.processor() or "unknown",
                         msg=f"platform.processor() returns {platform.processor()!r} here")
        self.assertEqual(report["machine"], platform.machine() or "unknown",
                         msg=f"platform.machine() returns {platform.machine()!r} here")

    def test_version_numbers(self):
        """version_numbers() is a tuple of three ints"""
        numbers = version_numbers()
        self.assertEqual(numbers, tuple(sys.version_info[:3]),
                         msg="version_numbers() should be the ints of python_version_tuple()")
        for number in numbers:
            self.assertIs(type(number), int, msg="each part should be an int")

    def test_version_at_least(self):
        """version_at_least compares numbers, not text"""
        major, minor = sys.version_info[:2]
        for wanted in [(major, minor), (major, minor + 1), (major + 1, 0), (3, 9), (3, 0),
                       (2, 99)]:
            with self.subTest(wanted=wanted):
                self.assertEqual(version_at_least(*wanted), sys.version_info[:2] >= wanted,
                                 msg=f"version_at_least{wanted} on Python {major}.{minor}")


if __name__ == "__main__":
    unittest.main()
