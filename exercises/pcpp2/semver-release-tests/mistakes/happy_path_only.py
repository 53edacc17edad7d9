# Mistake: the tests only try comfortable, ordinary inputs: a plain version,
# a caret well inside its range. They pass on the real module, but no test
# sits on an edge (a range's first version, a 0.x caret, leading zeros, the
# numbers a bump resets), so most bugs survive.
import unittest

from versions import bump, parse, satisfies


class TestVersions(unittest.TestCase):
    def test_parse(self):
        self.assertEqual(parse("1.4.2"), (1, 4, 2))

    def test_bump_patch(self):
        self.assertEqual(bump("1.4.2", "patch"), "1.4.3")

    def test_caret(self):
        self.assertTrue(satisfies("1.6.0", "^1.4.0"))
        self.assertFalse(satisfies("2.1.0", "^1.4.0"))


if __name__ == "__main__":
    unittest.main()
