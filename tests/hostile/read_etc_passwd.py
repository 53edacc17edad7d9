# exercise: sum-two
# expect: accepted
# why: tries to read /etc/passwd and /etc/shadow; prints them if it could (wrong_answer would reveal a leak), else the answer
import os
leaks = []

def steal(path):
    try:
        with open(path, "rb") as f:
            leaks.append("%s: %r" % (path, f.read(200)))
    except OSError:
        pass

def peek(path):
    try:
        leaks.append("%s: %r" % (path, os.listdir(path)))
    except OSError:
        pass

for p in ["/etc/passwd", "/etc/shadow", "/etc/hostname", "../../etc/passwd"]:
    steal(p)

a = int(input())
b = int(input())
print("\n".join(leaks) if leaks else a + b)
