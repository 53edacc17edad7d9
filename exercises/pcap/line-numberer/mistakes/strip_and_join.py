# Mistake: strip()s every line (losing the spaces and tabs at its start and end)
# and joins the lines with "\n", so the file does not end with a newline.
import os

path = input().strip()

with open(path, "r", encoding="utf-8") as source:
    lines = source.readlines()

width = len(str(len(lines)))
os.makedirs("/tmp/out", exist_ok=True)
with open("/tmp/out/numbered.txt", "w", encoding="utf-8") as target:
    numbered = []
    for number, line in enumerate(lines, start=1):
        numbered.append(f"{number:>{width}}: {line.strip()}")
    target.write("\n".join(numbered))

print(f"{len(lines)} lines numbered")
