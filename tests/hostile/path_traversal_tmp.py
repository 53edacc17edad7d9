# exercise: sum-two
# expect: accepted
# why: escapes /tmp with .. (/tmp/../.., /tmp/../../etc/passwd, os.chdir up): must stay inside the preopened folders
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

for p in ["/tmp/../etc/passwd", "/tmp/../../etc/passwd", "/tmp/../../../../../../etc/passwd", "../etc/passwd"]:
    steal(p)
for p in ["/tmp/..", "/tmp/../..", "/tmp/../../.."]:
    try:
        names = set(os.listdir(p)) - {"usr", "submission", "data", "tmp", "pygrade", "case"}
        if names:
            leaks.append("%s: %r" % (p, sorted(names)))
    except OSError:
        pass
try:
    os.chdir("/tmp/../..")
    steal("etc/passwd")
except OSError:
    pass
os.chdir("/tmp")

a = int(input())
b = int(input())
print("\n".join(leaks) if leaks else a + b)
