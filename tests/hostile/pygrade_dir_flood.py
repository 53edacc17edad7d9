# exercise: sum-two
# expect: runtime_error
# why: fills pygrade's own writable /pygrade with files (the quota covers it too) without catching
a = int(input())
b = int(input())
for i in range(200):
    with open("/pygrade/junk%03d" % i, "wb") as f:
        f.write(b"\0" * 65536)
print(a + b)
