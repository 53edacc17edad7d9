# Write unittest tests for semver.Version (see the README). They must pass on
# the real semver.py and fail on each buggy copy of it: test the edges -
# 1.9.0 against 1.10.0, leading zeros, what bump() resets, the 0.x rule...
import unittest

from semver import Version


class TestVersion(unittest.TestCase):
    def test_parse_simple(self):
        v = Version.parse("1.2.3")
        self.assertEqual((v.major, v.minor, v.patch), (1, 2, 3))

    # TODO: parse(): a "v" prefix, spaces, and texts it must refuse
    # TODO: ==, <, <=, sorting (numbers, not text!) and hash (a set)
    # TODO: str(), repr(), bump() of each part, accepts() incl. the 0.x rule
    # TODO: the constructor refuses negative and non-int parts


if __name__ == "__main__":
    unittest.main()
