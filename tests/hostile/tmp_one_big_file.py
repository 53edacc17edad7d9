# exercise: sum-two
# expect: runtime_error
# why: writes one 16 MiB file to /tmp (quota 4 MiB) without catching: OSError errno 51 is a runtime error
a = int(input())
b = int(input())
with open("/tmp/big.bin", "wb") as f:
    for _ in range(16):
        f.write(b"\0" * (1 << 20))
print(a + b)
