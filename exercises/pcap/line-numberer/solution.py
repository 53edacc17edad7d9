# Number the lines of a text file, keeping every character of them.
import os

path = input().strip()

with open(path, "r", encoding="utf-8") as source:
    lines = source.readlines()

width = len(str(len(lines)))
os.makedirs("/tmp/out", exist_ok=True)
with open("/tmp/out/numbered.txt", "w", encoding="utf-8") as target:
    for number, line in enumerate(lines, start=1):
        text = line.rstrip("\n")
        target.write(f"{number:>{width}}: {text}\n")

print(f"{len(lines)} lines numbered")
