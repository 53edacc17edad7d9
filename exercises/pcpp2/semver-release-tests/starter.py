# Write unittest tests for versions.py (see the README): they must pass on
# the real module and fail on each buggy copy of it. pytest is not
# available in the grader: use unittest (self.assertEqual, assertRaises,
# self.subTest for tables).
import unittest

from versions import bump, parse, satisfies


class TestBump(unittest.TestCase):
    def test_patch(self):
        self.assertEqual(bump("1.4.3", "patch"), "1.4.4")

    # TODO: minor and major bumps (what happens to the lower numbers?)
    # TODO: parse: the v prefix, refused texts (leading zeros, 2 or 4 parts)
    # TODO: satisfies: exact, caret (^1.x, ^0.y, ^0.0.z) and tilde, at the edges


if __name__ == "__main__":
    unittest.main()
