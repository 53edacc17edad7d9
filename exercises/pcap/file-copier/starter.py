# Copy files byte for byte through one reusable bytearray buffer.
import os
import sys

CHUNK_SIZE = 1024


def copy_file(source, target):
    """Copy source to target; return (bytes copied, chunks, checksum)."""
    # TODO: open source in binary mode for reading and target in binary
    #       mode for writing; create bytearray(CHUNK_SIZE) once and fill it
    #       with readinto() until it returns 0. Write only the bytes read.
    return 0, 0, 0


# TODO: create /tmp/out, then for every line "name copy_name" of standard
#       input copy /data/name to /tmp/out/copy_name and print its report line.
# TODO: finally print the total number of bytes copied.
print("total: 0 bytes")
