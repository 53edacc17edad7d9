# Mistake: only comfortable inputs. Every test uses one-digit numbers and
# versions that are clearly different, so text ordering, a missing hash, a
# patch that is not reset and the 0.x rule all go unnoticed.
import unittest

from semver import Version


class TestVersion(unittest.TestCase):
    def test_parse(self):
        v = Version.parse("1.2.3")
        self.assertEqual((v.major, v.minor, v.patch), (1, 2, 3))

    def test_order(self):
        self.assertLess(Version(1, 2, 3), Version(2, 0, 0))

    def test_str(self):
        self.assertEqual(str(Version(1, 2, 3)), "1.2.3")

    def test_bump(self):
        self.assertEqual(Version(1, 2, 0).bump("patch"), Version(1, 2, 1))


if __name__ == "__main__":
    unittest.main()
