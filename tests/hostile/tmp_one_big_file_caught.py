# exercise: sum-two
# expect: accepted
# why: the same 16 MiB write, but catching the OSError and printing the answer: the learner handled a full disk
a = int(input())
b = int(input())
try:
    with open("/tmp/big.bin", "wb") as f:
        for _ in range(16):
            f.write(b"\0" * (1 << 20))
except OSError:
    pass
print(a + b)
