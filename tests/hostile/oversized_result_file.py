# exercise: sum-two
# expect: runtime_error
# why: prints the answer, pads /pygrade/result.json past what the host reads (32 MiB) so the real exception record is dropped, then raises
a = int(input())
b = int(input())
print(a + b)
try:
    with open("/pygrade/result.json", "w") as f:
        chunk = "x" * (1 << 20)
        for _ in range(40):
            f.write(chunk)
except OSError:
    pass
raise RuntimeError("crashed after printing")
