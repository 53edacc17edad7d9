# Mistake: the record format is big-endian (">"), so other programs that read the file
# with the documented little-endian layout get nonsense timestamps and temperatures.
"""A fixed-size ring of binary sensor records, edited in place through a buffer."""
import struct

HEADER = struct.Struct("<4sI")   # magic b"SREC", number of records ever written
RECORD = struct.Struct(">IhH")   # timestamp, temperature x 100, humidity x 10
MAGIC = b"SREC"


def create(path, capacity):
    """Create a record file with room for `capacity` records, all zero."""
    buffer = bytearray(HEADER.size + capacity * RECORD.size)
    HEADER.pack_into(buffer, 0, MAGIC, 0)
    with open(path, "wb") as file:
        file.write(buffer)


class RecordFile:
    """The whole file in a bytearray, worked on like an mmap: offsets and struct."""

    def __init__(self, path):
        self.path = path
        with open(path, "rb") as file:
            self.buf = bytearray(file.read())
        self.view = memoryview(self.buf)
        body = len(self.buf) - HEADER.size
        if body < 0 or body % RECORD.size:
            raise ValueError(f"{path}: size {len(self.buf)} is not a record file")
        magic, _ = HEADER.unpack_from(self.view, 0)
        if magic != MAGIC:
            raise ValueError(f"{path}: bad magic {magic!r}")
        self.capacity = body // RECORD.size

    @property
    def count(self):
        """How many records were ever appended (the header's counter)."""
        return HEADER.unpack_from(self.view, 0)[1]

    def offset(self, slot):
        """Byte offset of a slot."""
        return HEADER.size + slot * RECORD.size

    def append(self, timestamp, temperature, humidity):
        """Write one record into the next slot, overwriting the oldest when full."""
        count = self.count
        RECORD.pack_into(self.view, self.offset(count % self.capacity),
                         timestamp, round(temperature * 100), round(humidity * 10))
        HEADER.pack_into(self.view, 0, MAGIC, count + 1)

    def records(self):
        """The stored records, oldest first, as (timestamp, temperature, humidity)."""
        count = self.count
        stored = min(count, self.capacity)
        result = []
        for number in range(count - stored, count):
            ts, temp, hum = RECORD.unpack_from(self.view, self.offset(number % self.capacity))
            result.append((ts, temp / 100, hum / 10))
        return result

    def flush(self):
        """Write the buffer back to the file (mmap.flush() does this for a mapping)."""
        with open(self.path, "r+b") as file:
            file.write(self.buf)
