"""Settings is a singleton: one object, one read of the file."""
import unittest

from solution import Settings


class TestSettingsSingleton(unittest.TestCase):
    def setUp(self):
        Settings.reset()
        self.loads_before = Settings.load_count

    def test_same_instance(self):
        """two calls to Settings() give the very same object"""
        first = Settings()
        second = Settings()
        self.assertIs(first, second,
                      msg="Settings() is Settings() should be True: keep the one instance "
                          "in a class attribute and return it from __new__")

    def test_file_read_once(self):
        """the file is read on the first call only"""
        Settings()
        Settings()
        Settings()
        self.assertEqual(Settings.load_count - self.loads_before, 1,
                         msg="Settings.load_count grew by this much over three calls to "
                             "Settings(); __init__ runs on every call, even when __new__ "
                             "returns the old object, so do not read the file in __init__")

    def test_values_from_file(self):
        """get() returns the values of /data/app.ini as strings"""
        settings = Settings()
        self.assertEqual(settings.get("server", "port"), "8080")
        self.assertEqual(settings.get("database", "url"), "sqlite:///orders.db")
        self.assertEqual(settings.get("features", "dark_mode"), "on")

    def test_override_is_shared(self):
        """a value set through one reference is seen through another"""
        Settings().set("server", "port", 9090)
        self.assertEqual(Settings().get("server", "port"), "9090",
                         msg='after Settings().set("server", "port", 9090), a new '
                             'Settings().get("server", "port") should give "9090"')


if __name__ == "__main__":
    unittest.main()
