# exercise: sum-two
# expect: accepted
# why: writes to /submission (even over solution.py), /data, /usr/local/lib and /case; any success is printed
import os
a = int(input())
b = int(input())
wrote = []
for p in ["/submission/solution.py", "/submission/evil.py", "/data/evil.txt", "/usr/local/lib/evil.py",
          "/usr/local/lib/python3.15/os.py", "/case/evil.py", "/evil.txt"]:
    try:
        with open(p, "a") as f:
            f.write("# pwned\n")
        wrote.append(p)
    except OSError:
        pass
for p in ["/submission/solution.py", "/usr/local/lib/python3.15/os.py"]:
    try:
        os.remove(p)
        wrote.append("removed " + p)
    except OSError:
        pass
print(wrote if wrote else a + b)
