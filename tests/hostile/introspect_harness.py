# exercise: sum-two
# expect: accepted
# why: gc.get_objects(), the f_back frame chain and sys.orig_argv searched for expected outputs (keys stdout/expect/expected, the hidden sums): nothing may be there
import gc, sys
a = int(input())
b = int(input())
found = []
secrets = ("1041730434558718497", "expected_stdout")
def scan(obj, where):
    if isinstance(obj, dict):
        for k in ("stdout", "expect", "expected", "expected_stdout", "cases"):
            if k in obj and not callable(obj[k]):
                found.append("%s[%s]=%r" % (where, k, obj[k])[:200])
    if isinstance(obj, str) and any(s in obj for s in secrets):
        found.append("%s: %r" % (where, obj[:200]))
for obj in gc.get_objects():
    scan(obj, "gc")
frame = sys._getframe()
while frame is not None:
    scan(frame.f_locals, "frame " + frame.f_code.co_name)
    scan(frame.f_globals, "globals " + frame.f_code.co_name)
    frame = frame.f_back
for arg in sys.orig_argv:
    scan(arg, "argv")
print("\n".join(found) if found else a + b)
