# A ring of fixed-size binary records in a file, edited in place in a
# bytearray with struct.pack_into / unpack_from (see the README).
import struct

HEADER = struct.Struct("<4sI")   # magic b"SREC", number of records ever written
RECORD = struct.Struct("<IhH")   # timestamp, temperature x 100, humidity x 10
MAGIC = b"SREC"


def create(path, capacity):
    # TODO: write the header and `capacity` zeroed record slots
    with open(path, "wb") as file:
        file.write(MAGIC)


class RecordFile:
    def __init__(self, path):
        # TODO: read the file into a bytearray, check magic and size,
        #       compute self.capacity
        self.path = path
        self.buf = bytearray()
        self.capacity = 0

    @property
    def count(self):
        return 0  # TODO: the counter of the header

    def append(self, timestamp, temperature, humidity):
        pass  # TODO: pack_into the slot count % capacity, then update the header

    def records(self):
        return []  # TODO: stored records, oldest first

    def flush(self):
        pass  # TODO: write the buffer back to the file
