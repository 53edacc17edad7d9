import shutil
import struct
import unittest

from solution import RecordFile, create


def raw(path):
    with open(path, "rb") as file:
        return file.read()


class TestSensorRingFileHidden(unittest.TestCase):
    def test_not_a_record_file(self):
        """a wrong magic or a size that is not header + whole records raises ValueError"""
        with open("/tmp/bad.bin", "wb") as file:
            file.write(b"JPEG" + bytes(12))
        with self.assertRaises(ValueError):
            RecordFile("/tmp/bad.bin")
        with open("/tmp/short.bin", "wb") as file:
            file.write(b"SREC\x00\x00\x00\x00" + bytes(5))
        with self.assertRaises(ValueError):
            RecordFile("/tmp/short.bin")

    def test_frost(self):
        """negative temperatures are stored as signed 16-bit values"""
        create("/tmp/frost.bin", 2)
        rf = RecordFile("/tmp/frost.bin")
        rf.append(7, -12.5, 99.9)
        rf.flush()
        self.assertEqual(struct.unpack_from("<IhH", raw("/tmp/frost.bin"), 8), (7, -1250, 999))
        self.assertEqual(RecordFile("/tmp/frost.bin").records(), [(7, -12.5, 99.9)])

    def test_append_touches_one_slot(self):
        """appending to the station file changes only the header and one slot"""
        shutil.copy("/data/station.bin", "/tmp/s.bin")
        before = raw("/tmp/s.bin")
        rf = RecordFile("/tmp/s.bin")
        rf.append(1764466200, 1.0, 80.0)
        rf.flush()
        after = raw("/tmp/s.bin")
        self.assertEqual(len(after), len(before))
        changed = [i for i in range(len(before)) if before[i] != after[i]]
        self.assertTrue(all(i < 8 or 32 <= i < 40 for i in changed),
                        msg=f"changed bytes {changed}: only the count and slot 3 (offset 32)")
        self.assertEqual(rf.records()[-1], (1764466200, 1.0, 80.0))
        self.assertEqual(rf.records()[0], (1764463200, -0.25, 90.1))

    def test_empty_and_partly_filled(self):
        """an empty file has no records; a partly filled one has them in order"""
        create("/tmp/e.bin", 5)
        rf = RecordFile("/tmp/e.bin")
        self.assertEqual(rf.records(), [])
        rf.append(1, 20.0, 40.0)
        rf.append(2, 20.01, 40.1)
        self.assertEqual(rf.records(), [(1, 20.0, 40.0), (2, 20.01, 40.1)])

    def test_reopen_after_flush(self):
        """a second RecordFile on the same path sees the flushed records"""
        create("/tmp/r.bin", 3)
        rf = RecordFile("/tmp/r.bin")
        for i in range(7):
            rf.append(i, i / 4, 10.0 * i)
        rf.flush()
        other = RecordFile("/tmp/r.bin")
        self.assertEqual(other.count, 7)
        self.assertEqual(other.records(), [(4, 1.0, 40.0), (5, 1.25, 50.0), (6, 1.5, 60.0)])


if __name__ == "__main__":
    unittest.main()
