# exercise: sum-two
# expect: runtime_error
# why: plants an ok record, fills the writable quota so the harness cannot append its real exception record, prints the answer and raises: must stay a runtime error
a = int(input())
b = int(input())
print(a + b)
with open("/pygrade/result.json", "w") as f:
    f.write('{"kind": "ok"}\n')
try:
    with open("/tmp/fill", "wb") as f:
        while True:
            f.write(b"\0" * 65536)
            f.flush()
except OSError:
    pass
try:
    for i in range(100):
        open("/tmp/n%d" % i, "w").close()
except OSError:
    pass
raise RuntimeError("crashed after printing")
