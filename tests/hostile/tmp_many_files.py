# exercise: sum-two
# expect: runtime_error
# why: creates 200 small files (quota 50 entries) without catching: OSError errno 51
a = int(input())
b = int(input())
for i in range(200):
    with open("/tmp/f%03d.txt" % i, "w") as f:
        f.write("x")
print(a + b)
