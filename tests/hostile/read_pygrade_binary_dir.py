# exercise: sum-two
# expect: accepted
# why: looks for the pygrade binary, its cache and its runtime: the guest /tmp is a fresh per-run folder, not the host /tmp
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

peek("/tmp/pygrade-bin")
steal("/tmp/pygrade-bin/pygrade")
peek("/root/.cache/pygrade")
peek("/work")
peek("/work/main")

a = int(input())
b = int(input())
print("\n".join(leaks) if leaks else a + b)
