# exercise: sum-two
# expect: accepted
# why: makes symlinks in /tmp to /etc and to ../../.. and reads through them: resolution must stay in the sandbox
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

for target, link in [("/etc", "/tmp/etc_abs"), ("../../../../../../etc", "/tmp/etc_rel"), ("/", "/tmp/root_abs"), ("..", "/tmp/up")]:
    try:
        os.symlink(target, link)
    except OSError:
        continue
    steal(link + "/passwd")
    steal(link + "/etc/passwd")
    try:
        names = set(os.listdir(link)) - {"usr", "submission", "data", "tmp", "pygrade", "case", "etc_abs", "etc_rel", "root_abs", "up"}
        if names:
            leaks.append("%s: %r" % (link, sorted(names)))
    except OSError:
        pass

a = int(input())
b = int(input())
print("\n".join(leaks) if leaks else a + b)
