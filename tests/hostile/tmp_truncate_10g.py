# exercise: sum-two
# expect: runtime_error
# why: os.truncate of a /tmp file to 10 GiB (and ftruncate): growing a file's length past the quota must be refused like a write
import os
a = int(input())
b = int(input())
with open("/tmp/t.bin", "wb") as f:
    f.write(b"x")
os.truncate("/tmp/t.bin", 10 << 30)
print(a + b)
