# Mistake: the rotation test rotates the SHARED archive built by setUpModule.
# Run in the order the tests are written (log_files, total_size, rotate) it
# passes, but unittest's usual order is alphabetical (TestRotate before
# TestTotalSize), and then the archive has changed under the other tests:
# tests that change files need a folder of their own, made in setUp.
import os
import shutil
import tempfile
import unittest

from logrotate import log_files, rotate, total_size

ARCHIVE = None
ARCHIVE_FILES = {"app.log": 10, **{f"app.log.{n}": 100 * n for n in range(1, 12)},
                 "app.log.old": 7, "app.log.2.gz": 7, "app-log": 7, "kiosk.log": 7}


def read(name):
    with open(os.path.join(ARCHIVE, name), encoding="utf-8") as file:
        return file.read()


def setUpModule():
    global ARCHIVE
    ARCHIVE = tempfile.mkdtemp(prefix="archive-")
    for name, size in ARCHIVE_FILES.items():
        with open(os.path.join(ARCHIVE, name), "w", encoding="utf-8") as file:
            file.write("x" * size)


def tearDownModule():
    shutil.rmtree(ARCHIVE)


class TestLogFiles(unittest.TestCase):
    def test_copies_in_numeric_order(self):
        expected = ["app.log"] + [f"app.log.{n}" for n in range(1, 12)]
        self.assertEqual(log_files(ARCHIVE), expected)


class TestTotalSize(unittest.TestCase):
    def test_log_and_copies_are_counted(self):
        self.assertEqual(total_size(ARCHIVE), 10 + 100 * sum(range(1, 12)))


class TestRotate(unittest.TestCase):
    def test_rotate_keeps_three_copies(self):
        deleted = rotate(ARCHIVE, keep=3)
        self.assertEqual(deleted, [f"app.log.{n}" for n in range(11, 2, -1)])
        self.assertEqual(log_files(ARCHIVE), ["app.log", "app.log.1", "app.log.2", "app.log.3"])
        self.assertEqual(read("app.log"), "")
        self.assertEqual(read("app.log.1"), "x" * 10)
        self.assertEqual(read("app.log.3"), "x" * 200)
        with self.assertRaises(ValueError):
            rotate(ARCHIVE, keep=-1)


if __name__ == "__main__":
    unittest.main()
