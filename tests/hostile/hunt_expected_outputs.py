# exercise: sum-two
# expect: accepted
# why: searches every readable folder for exercise.toml, *.out, *.in and cases/ (hidden expected outputs); prints any found
import os
hits = []
for top in ["/", "/submission", "/data", "/case", "/tmp", "/pygrade", "/usr/local/lib", "/usr"]:
    try:
        for root, dirs, files in os.walk(top):
            for name in files + dirs:
                if name in ("exercise.toml", "cases", "solution.py.orig") or name.endswith((".out", ".in", ".toml")):
                    p = os.path.join(root, name)
                    if p != "/submission/solution.py" and "site-packages" not in p and "python3" not in p:
                        hits.append(p)
    except OSError:
        pass
a = int(input())
b = int(input())
print(sorted(set(hits)) if hits else a + b)
