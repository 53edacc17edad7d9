# Mistake: the tests expect ^0.3.1 to accept 0.4.0, as ^1.3.1 accepts 1.4.0.
# But below 1.0.0 every minor version may break the API, so a caret on 0.y
# keeps the minor number: the test fails on the correct module, and a suite
# that fails on the correct module counts for nothing.
import unittest

from versions import bump, parse, satisfies


class TestVersions(unittest.TestCase):
    def test_parse(self):
        self.assertEqual(parse("v1.4.2"), (1, 4, 2))
        with self.assertRaises(ValueError):
            parse("01.4.2")

    def test_bumps(self):
        self.assertEqual(bump("1.4.3", "minor"), "1.5.0")
        self.assertEqual(bump("1.4.3", "major"), "2.0.0")

    def test_caret(self):
        self.assertTrue(satisfies("1.4.0", "^1.4.0"))
        self.assertTrue(satisfies("0.4.0", "^0.3.1"))

    def test_tilde(self):
        self.assertFalse(satisfies("1.5.0", "~1.4.0"))


if __name__ == "__main__":
    unittest.main()
