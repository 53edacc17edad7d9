import shutil
import struct
import unittest

from solution import RecordFile, create

STATION = [(1764462600, 0.5, 88.0), (1764463200, -0.25, 90.1), (1764463800, -1.5, 91.0),
           (1764464400, -2.05, 92.4), (1764465000, -1.1, 90.0), (1764465600, 0.4, 87.5)]


def raw(path):
    with open(path, "rb") as file:
        return file.read()


class TestSensorRingFile(unittest.TestCase):
    def test_create(self):
        """create() writes the header and `capacity` zeroed 8-byte slots"""
        create("/tmp/new.bin", 4)
        data = raw("/tmp/new.bin")
        self.assertEqual(len(data), 8 + 4 * 8, msg="file size for capacity 4")
        self.assertEqual(data[:8], b"SREC\x00\x00\x00\x00", msg="the header: magic, count 0")
        self.assertEqual(data[8:], bytes(32), msg="the slots start as zero bytes")

    def test_append_and_flush(self):
        """append() packs little-endian records at their offsets; flush() saves them"""
        create("/tmp/log.bin", 4)
        rf = RecordFile("/tmp/log.bin")
        rf.append(1764460800, 21.37, 45.5)
        rf.append(1764461400, 21.5, 46.0)
        rf.flush()
        data = raw("/tmp/log.bin")
        self.assertEqual(struct.unpack_from("<4sI", data, 0), (b"SREC", 2), msg="header after 2 appends")
        self.assertEqual(struct.unpack_from("<IhH", data, 8), (1764460800, 2137, 455),
                         msg="slot 0 (offset 8): timestamp, temperature x 100, humidity x 10")
        self.assertEqual(struct.unpack_from("<IhH", data, 16), (1764461400, 2150, 460),
                         msg="slot 1 (offset 16)")

    def test_read_the_station_file(self):
        """records() of the station's file: oldest first, the ring has wrapped"""
        shutil.copy("/data/station.bin", "/tmp/station.bin")
        rf = RecordFile("/tmp/station.bin")
        self.assertEqual(rf.capacity, 6, msg="capacity of /data/station.bin")
        self.assertEqual(rf.count, 9, msg="count of /data/station.bin")
        self.assertEqual(rf.records(), STATION, msg="records() of /data/station.bin")

    def test_wrap_around(self):
        """a full ring overwrites its oldest slot"""
        create("/tmp/ring.bin", 3)
        rf = RecordFile("/tmp/ring.bin")
        for i in range(5):
            rf.append(100 + i, float(i), 50.0)
        self.assertEqual(rf.count, 5)
        self.assertEqual(rf.records(), [(102, 2.0, 50.0), (103, 3.0, 50.0), (104, 4.0, 50.0)],
                         msg="records() after 5 appends into 3 slots")
        rf.flush()
        self.assertEqual(struct.unpack_from("<IhH", raw("/tmp/ring.bin"), 8), (103, 300, 500),
                         msg="slot 0 now holds the 4th record")


if __name__ == "__main__":
    unittest.main()
