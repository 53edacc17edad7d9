# Mistake: reports every OSError as "not found" without looking at error.errno,
# so a directory (EISDIR) is wrongly reported as missing.
import errno
import sys

opened = 0
asked = 0
total_lines = 0
for line in sys.stdin:
    path = line.strip()
    if path == "":
        continue
    asked += 1
    try:
        stream = open(path, encoding="utf-8")
    except OSError:
        print(f"{path}: not found")
        continue
    count = len(stream.readlines())
    stream.close()
    opened += 1
    total_lines += count
    print(f"{path}: {count} line(s)")

print(f"opened {opened} of {asked} files, {total_lines} lines in total")
