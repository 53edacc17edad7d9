# Check a list of paths: count the lines of the files that open, explain the rest.
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
    except OSError as error:
        if error.errno == errno.ENOENT:
            print(f"{path}: not found")
        elif error.errno == errno.EISDIR:
            print(f"{path}: is a directory")
        else:
            print(f"{path}: error {errno.errorcode[error.errno]}")
        continue
    count = len(stream.readlines())
    stream.close()
    opened += 1
    total_lines += count
    print(f"{path}: {count} line(s)")

print(f"opened {opened} of {asked} files, {total_lines} lines in total")
