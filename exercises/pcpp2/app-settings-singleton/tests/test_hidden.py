"""Settings: defaults, reset and the path of later calls."""
import unittest

from solution import Settings


class TestSettingsMore(unittest.TestCase):
    def setUp(self):
        Settings.reset()
        self.loads_before = Settings.load_count

    def test_default_for_missing_key(self):
        """get() returns the default for a missing key or section"""
        settings = Settings()
        self.assertIsNone(settings.get("server", "timeout"))
        self.assertEqual(settings.get("server", "timeout", "30"), "30")
        self.assertEqual(settings.get("cache", "size", 0), 0)

    def test_reset_reads_again(self):
        """after reset() a new instance reads the file again"""
        first = Settings()
        first.set("database", "pool_size", 50)
        Settings.reset()
        second = Settings()
        self.assertIsNot(first, second, msg="reset() must forget the instance")
        self.assertEqual(second.get("database", "pool_size"), "5",
                         msg="a fresh instance has the values of the file")
        self.assertEqual(Settings.load_count - self.loads_before, 2)

    def test_later_path_ignored(self):
        """a path given after the first call changes nothing"""
        first = Settings()
        again = Settings("/data/missing.ini")
        self.assertIs(first, again)
        self.assertEqual(again.get("server", "host"), "0.0.0.0")
        self.assertEqual(Settings.load_count - self.loads_before, 1)


if __name__ == "__main__":
    unittest.main()
