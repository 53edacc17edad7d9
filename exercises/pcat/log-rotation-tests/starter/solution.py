# Write unittest tests for logrotate.py (see the README), in this file.
# Fixtures to add:
#   setUpModule() / tearDownModule(): the shared, read-only archive folder,
#       built once for the whole module and removed at the end;
#   setUp() in the rotation tests: a fresh folder for each test, removed
#       afterwards with self.addCleanup(shutil.rmtree, folder).
import os
import shutil
import tempfile
import unittest

from logrotate import log_files, rotate, total_size


class TestRotate(unittest.TestCase):
    def test_new_log_is_empty(self):
        folder = tempfile.mkdtemp()
        with open(os.path.join(folder, "app.log"), "w") as file:
            file.write("today")

        rotate(folder)

        with open(os.path.join(folder, "app.log")) as file:
            self.assertEqual(file.read(), "")

    # TODO: each file moves up one number (check the CONTENTS), copies
    #       beyond keep are deleted (the return value), keep=0, keep=-1


# TODO: TestLogFiles and TestTotalSize, reading the shared archive


if __name__ == "__main__":
    unittest.main()
