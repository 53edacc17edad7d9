"""More consistency checks."""

import platform
import unittest

from solution import build_report, summary, version_numbers


class TestMore(unittest.TestCase):
    def test_summary_of_this_report(self):
        """summary(build_report()) describes this Python"""
        expected = (f"{platform.python_implementation()} {platform.python_version()} on "
                    f"{platform.system()} ({platform.machine() or 'unknown'})")
        self.assertEqual(summary(build_report()), expected, msg="summary(build_report())")

    def test_fresh_report(self):
        """each build_report() is a new dict"""
        first = build_report()
        first["system"] = "changed"
        self.assertEqual(build_report()["system"], platform.system(),
                         msg="changing one report must not change the next")

    def test_numbers_match_tuple(self):
        """version_numbers() matches python_version_tuple() part by part"""
        self.assertEqual(version_numbers(),
                         tuple(int(part) for part in platform.python_version_tuple()),
                         msg="version_numbers()")


if __name__ == "__main__":
    unittest.main()
