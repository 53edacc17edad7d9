# Write unittest tests for backup.py (see the README), in this file.
# Two tests need a marker: the make_private test must be skipped where file
# permissions do not work (@unittest.skipIf on sys.platform), and the test
# of known bug #112 must be marked @unittest.expectedFailure.
import os
import stat
import sys
import tempfile
import unittest
from datetime import datetime

from backup import backup_name, human_size, make_private, old_backups


class TestHumanSize(unittest.TestCase):
    def test_sizes_in_binary_units(self):
        self.assertEqual(human_size(1536), "1.5 KiB")

    # TODO: more sizes (0, 1023, 1024, MiB, GiB, TiB), a negative size
    # TODO: bug #112: human_size(1048575) should be "1.0 MiB" (expectedFailure)


class TestMakePrivate(unittest.TestCase):
    # TODO: skip this test where permissions are not supported (skipIf)
    def test_only_the_owner_can_read_and_write(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "patients-20250307-0230.bak")
            with open(path, "w") as file:
                file.write("secret")
            make_private(path)
            self.assertEqual(stat.S_IMODE(os.stat(path).st_mode), 0o600)


# TODO: tests for backup_name and old_backups


if __name__ == "__main__":
    unittest.main()
