# exercise: sum-two
# expect: accepted
# why: tries /proc/self/environ, cmdline, maps and /proc/1: none may exist in the guest
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

for p in ["/proc/self/environ", "/proc/self/cmdline", "/proc/self/maps", "/proc/1/environ", "/proc/version"]:
    steal(p)
peek("/proc")

a = int(input())
b = int(input())
print("\n".join(leaks) if leaks else a + b)
