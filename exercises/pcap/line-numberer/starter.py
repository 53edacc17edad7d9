# Number the lines of a text file, keeping every character of them.
import os

path = input().strip()

# TODO: open the file in text mode with encoding="utf-8" and read all lines.
lines = []

# TODO: create /tmp/out and write /tmp/out/numbered.txt (mode "w",
#       encoding="utf-8"): each line as "<number>: <line>", the numbers
#       right-aligned to the width of the biggest one, every line ending
#       with exactly one "\n".

print(f"{len(lines)} lines numbered")
