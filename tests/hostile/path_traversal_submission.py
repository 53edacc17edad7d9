# exercise: sum-two
# expect: accepted
# why: escapes /submission with .. to reach the host folder holding the learner's copy and the exercise
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

for p in ["/submission/../etc/passwd", "/submission/../../../../etc/passwd", "/submission/../../exercise.toml"]:
    steal(p)
for p in ["/submission/..", "/submission/../..", "/usr/local/lib/../../.."]:
    try:
        names = set(os.listdir(p)) - {"usr", "submission", "data", "tmp", "pygrade", "case", "local", "lib", "bin"}
        if names:
            leaks.append("%s: %r" % (p, sorted(names)))
    except OSError:
        pass

a = int(input())
b = int(input())
print("\n".join(leaks) if leaks else a + b)
