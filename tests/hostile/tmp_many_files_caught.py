# exercise: sum-two
# expect: accepted
# why: the same 200 files, catching the OSError and printing the answer
a = int(input())
b = int(input())
try:
    for i in range(200):
        with open("/tmp/f%03d.txt" % i, "w") as f:
            f.write("x")
except OSError:
    pass
print(a + b)
