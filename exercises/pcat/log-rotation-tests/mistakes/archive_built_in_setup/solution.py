# Mistake: the archive of 16 files is built in setUp and removed in
# tearDown, so it is written again before EVERY test that only reads it. The
# tests are right, but on the kiosks' real archive (thousands of files) the
# suite crawls. Files that no test changes belong in a module fixture:
# setUpModule() builds them once, tearDownModule() removes them.
import os
import shutil
import tempfile
import unittest

from logrotate import log_files, rotate, total_size

ARCHIVE_FILES = {                 # name -> size in bytes
    "app.log": 10,
    **{f"app.log.{n}": 100 * n for n in range(1, 12)},
    "app.log.old": 7,             # not a numbered copy
    "app.log.2.gz": 7,            # not a numbered copy either
    "app-log": 7,                 # another name
    "kiosk.log": 7,
}


def write(folder, name, text):
    with open(os.path.join(folder, name), "w", encoding="utf-8") as file:
        file.write(text)


def read(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8") as file:
        return file.read()


class ArchiveTestCase(unittest.TestCase):
    def setUp(self):
        self.archive = tempfile.mkdtemp(prefix="archive-")
        for name, size in ARCHIVE_FILES.items():
            write(self.archive, name, "x" * size)

    def tearDown(self):
        shutil.rmtree(self.archive)


class TestLogFiles(ArchiveTestCase):
    def test_copies_in_numeric_order(self):
        expected = ["app.log"] + [f"app.log.{n}" for n in range(1, 12)]
        self.assertEqual(log_files(self.archive), expected)

    def test_other_log_name(self):
        self.assertEqual(log_files(self.archive, "kiosk.log"), ["kiosk.log"])
        self.assertEqual(log_files(self.archive, "missing.log"), [])


class TestTotalSize(ArchiveTestCase):
    def test_log_and_copies_are_counted(self):
        self.assertEqual(total_size(self.archive), 10 + 100 * sum(range(1, 12)))

    def test_nothing_to_count(self):
        self.assertEqual(total_size(self.archive, "missing.log"), 0)


class TestRotate(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="rotate-")
        self.addCleanup(shutil.rmtree, self.folder)
        for name, text in [("app.log", "today"), ("app.log.1", "yesterday"),
                           ("app.log.2", "two days ago"), ("app.log.3", "three days ago"),
                           ("notes.txt", "keep me")]:
            write(self.folder, name, text)

    def test_each_file_moves_up_one_number(self):
        deleted = rotate(self.folder, keep=5)
        self.assertEqual(deleted, [])
        self.assertEqual(read(self.folder, "app.log.1"), "today")
        self.assertEqual(read(self.folder, "app.log.2"), "yesterday")
        self.assertEqual(read(self.folder, "app.log.3"), "two days ago")
        self.assertEqual(read(self.folder, "app.log.4"), "three days ago")

    def test_new_log_is_empty(self):
        rotate(self.folder)
        self.assertEqual(read(self.folder, "app.log"), "")

    def test_copies_beyond_keep_are_deleted_oldest_first(self):
        deleted = rotate(self.folder, keep=2)
        self.assertEqual(deleted, ["app.log.3", "app.log.2"])
        self.assertEqual(log_files(self.folder), ["app.log", "app.log.1", "app.log.2"])
        self.assertEqual(read(self.folder, "app.log.2"), "yesterday")
        self.assertEqual(read(self.folder, "notes.txt"), "keep me")

    def test_keep_zero_keeps_only_a_new_log(self):
        deleted = rotate(self.folder, keep=0)
        self.assertEqual(deleted, ["app.log.3", "app.log.2", "app.log.1", "app.log"])
        self.assertEqual(log_files(self.folder), ["app.log"])

    def test_negative_keep_is_refused(self):
        with self.assertRaises(ValueError):
            rotate(self.folder, keep=-1)
        self.assertEqual(len(log_files(self.folder)), 4)

    def test_rotating_an_empty_folder_starts_a_log(self):
        empty = tempfile.mkdtemp(prefix="empty-")
        self.addCleanup(shutil.rmtree, empty)
        self.assertEqual(rotate(empty), [])
        self.assertEqual(os.listdir(empty), ["app.log"])


if __name__ == "__main__":
    unittest.main()
