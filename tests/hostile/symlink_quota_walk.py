# exercise: sum-two
# expect: runtime_error
# why: makes /tmp/root a relative symlink to the host's / and then writes past the 4 MiB quota: the quota's re-measure must not follow the link into the host filesystem (uncaught OSError)
import os
a = int(input())
b = int(input())
os.symlink("../../../../../../../../../..", "/tmp/root")
with open("/tmp/big.bin", "wb") as f:
    for _ in range(8):
        f.write(b"\0" * (1 << 20))
print(a + b)
