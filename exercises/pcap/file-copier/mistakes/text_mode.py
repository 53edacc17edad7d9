# Mistake: opens the files in text mode ("r"/"w") instead of binary mode, so
# bytes are decoded as characters: image.bin is not valid UTF-8, and \r\n becomes \n.
import os
import sys

CHUNK_SIZE = 1024


def copy_file(source, target):
    """Copy source to target; return (bytes copied, chunks, checksum)."""
    buffer = bytearray(CHUNK_SIZE)
    copied = 0
    chunks = 0
    checksum = 0
    with open(source, "r") as src, open(target, "w") as dst:
        while True:
            data = src.read(CHUNK_SIZE)
            if data == "":
                break
            dst.write(data)
            copied += len(data)
            chunks += 1
            checksum = (checksum + sum(ord(char) for char in data)) % 65536
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
