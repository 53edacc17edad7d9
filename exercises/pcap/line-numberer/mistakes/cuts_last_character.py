# Mistake: removes the newline with line[:-1], which also cuts a real character
# from a last line that does not end with a newline.
import os

path = input().strip()

with open(path, "r", encoding="utf-8") as source:
    lines = source.readlines()

width = len(str(len(lines)))
os.makedirs("/tmp/out", exist_ok=True)
with open("/tmp/out/numbered.txt", "w", encoding="utf-8") as target:
    for number, line in enumerate(lines, start=1):
        text = line[:-1]
        target.write(f"{number:>{width}}: {text}\n")

print(f"{len(lines)} lines numbered")
