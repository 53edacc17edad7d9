# exercise: sum-two
# expect: accepted
# why: lists / and the parent of each mount; any name beyond the documented mounts would be printed
import os
a = int(input())
b = int(input())
allowed = {"usr", "submission", "data", "tmp", "pygrade", "case", "local", "lib", "bin"}
seen = set()
for p in ["/", "/usr", "/usr/local", "/.."]:
    try:
        seen.update(os.listdir(p))
    except OSError:
        pass
extra = sorted(seen - allowed)
print(extra if extra else a + b)
