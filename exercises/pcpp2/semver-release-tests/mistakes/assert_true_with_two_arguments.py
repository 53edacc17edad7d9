# Mistake: assertTrue(value, expected) only checks that value is truthy; the
# second argument is the failure MESSAGE. Every non-empty string passes, so
# these tests catch no wrong bump at all. Use assertEqual(value, expected).
import unittest

from versions import bump, parse, satisfies


class TestVersions(unittest.TestCase):
    def test_bumps(self):
        self.assertTrue(bump("1.4.3", "patch"), "1.4.4")
        self.assertTrue(bump("1.4.3", "minor"), "1.5.0")
        self.assertTrue(bump("1.4.3", "major"), "2.0.0")

    def test_parse(self):
        self.assertTrue(parse("v1.4.2"), (1, 4, 2))

    def test_caret(self):
        self.assertTrue(satisfies("1.4.0", "^1.4.0"))
        self.assertFalse(satisfies("0.4.0", "^0.3.1"))


if __name__ == "__main__":
    unittest.main()
