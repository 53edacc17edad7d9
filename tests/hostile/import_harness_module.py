# exercise: sum-two
# expect: accepted
# why: imports modules named like the harness (harness, pygrade, sandbox) hoping to read their state; reports any that exists
import importlib
found = []
for name in ["harness", "pygrade", "sandbox", "pygrade_harness", "grader"]:
    try:
        m = importlib.import_module(name)
        found.append("%s: %r" % (name, getattr(m, "__file__", None)))
    except ImportError:
        pass
a = int(input())
b = int(input())
print(found if found else a + b)
