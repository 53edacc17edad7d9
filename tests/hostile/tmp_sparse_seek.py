# exercise: sum-two
# expect: accepted
# known: one byte written at 1 GiB makes a sparse file: it costs the host one block, its apparent size counts at the next measurement, so later writes fail (SECURITY.md)
# why: seeks to 1 GiB and writes one byte: a sparse file whose length is far past the 4 MiB quota must be refused (uncaught OSError)
a = int(input())
b = int(input())
with open("/tmp/sparse.bin", "wb") as f:
    f.seek(1 << 30)
    f.write(b"x")
print(a + b)
