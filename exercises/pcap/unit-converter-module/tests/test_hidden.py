"""convert() and file_size_kib() on edge cases."""

import unittest

from solution import convert, file_size_kib


class TestConvert(unittest.TestCase):
    def test_convert_every_pair(self):
        """convert() reaches every conversion by its unit names"""
        for args, value in [((5, "km", "miles"), 3.1068559611866697),
                            ((26.2, "miles", "km"), 42.1648128),
                            ((100, "celsius", "fahrenheit"), 212.0),
                            ((-40, "fahrenheit", "celsius"), -40.0),
                            ((180, "degrees", "radians"), 3.141592653589793),
                            ((100, "percent", "degrees"), 45.0)]:
            with self.subTest(args=args):
                self.assertAlmostEqual(convert(*args), value, places=9,
                                       msg=f"convert{args}")

    def test_convert_unknown_pair(self):
        """convert() rejects units it has no function for"""
        for args in [(1, "km", "parsecs"), (1, "miles", "miles"), (1, "radians", "degrees"),
                     (1, "file", "size_kib")]:
            with self.subTest(args=args):
                with self.assertRaises(ValueError, msg=f"convert{args} should raise ValueError"):
                    convert(*args)

    def test_file_sizes(self):
        """file_size_kib() measures files of /data"""
        for path, kib in [("/data/gps-log.txt", 4.5), ("/data/empty.txt", 0.0)]:
            with self.subTest(path=path):
                self.assertEqual(file_size_kib(path), kib, msg=f"file_size_kib({path!r})")

    def test_missing_file(self):
        """file_size_kib() of a missing file raises FileNotFoundError"""
        with self.assertRaises(FileNotFoundError):
            file_size_kib("/data/no-such-file.txt")


if __name__ == "__main__":
    unittest.main()
