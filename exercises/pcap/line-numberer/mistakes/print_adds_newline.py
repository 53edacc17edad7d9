# Mistake: print()s each line, which still ends with its own "\n", into the
# file, so print's own newline adds an empty line after almost every line.
import os

path = input().strip()

with open(path, "r", encoding="utf-8") as source:
    lines = source.readlines()

width = len(str(len(lines)))
os.makedirs("/tmp/out", exist_ok=True)
with open("/tmp/out/numbered.txt", "w", encoding="utf-8") as target:
    for number, line in enumerate(lines, start=1):
        print(f"{number:>{width}}: {line}", file=target)

print(f"{len(lines)} lines numbered")
