# Mistake: counts a chunk before checking whether readinto() returned 0, so the
# final empty read at the end of the file is counted as one more chunk.
import os
import sys

CHUNK_SIZE = 1024


def copy_file(source, target):
    """Copy source to target; return (bytes copied, chunks, checksum)."""
    buffer = bytearray(CHUNK_SIZE)
    copied = 0
    chunks = 0
    checksum = 0
    with open(source, "rb") as src, open(target, "wb") as dst:
        while True:
            count = src.readinto(buffer)
            chunks += 1
            if count == 0:
                break
            data = buffer[:count]
            dst.write(data)
            copied += count
            checksum = (checksum + sum(data)) % 65536
    return copied, chunks, checksum


os.makedirs("/tmp/out", exist_ok=True)
total = 0
for line in sys.stdin:
    if line.strip() == "":
        continue
    name, copy_name = line.split()
    copied, chunks, checksum = copy_file("/data/" + name, "/tmp/out/" + copy_name)
    total += copied
    print(f"{name} -> {copy_name}: {copied} bytes, {chunks} chunk(s), checksum {checksum}")
print(f"total: {total} bytes")
