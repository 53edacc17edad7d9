# Mistake: does not skip blank lines, so they are reported as malformed.
import os


def parse(line):
    """Return (status, size) for a valid log line, or None if it is malformed."""
    quote = line.rfind('"')
    if quote == -1:
        return None
    fields = line[quote + 1:].split()
    if len(fields) != 2:
        return None
    status, size = fields
    if len(status) != 3 or not status.isdigit():
        return None
    if size == "-":
        return status, 0
    if not size.isdigit():
        return None
    return status, int(size)


path = input().strip()
requests = {}
sizes = {}
valid = 0
malformed = []

log = open(path, encoding="utf-8")
number = 0
line = log.readline()
while line != "":
    number += 1
    parsed = parse(line)
    if parsed is None:
        malformed.append(number)
    else:
        status, size = parsed
        requests[status] = requests.get(status, 0) + 1
        sizes[status] = sizes.get(status, 0) + size
        valid += 1
    line = log.readline()
log.close()

os.makedirs("/tmp/out", exist_ok=True)
summary = open("/tmp/out/summary.csv", "w", encoding="utf-8")
summary.write("status,requests,bytes\n")
for status in sorted(requests):
    summary.write(f"{status},{requests[status]},{sizes[status]}\n")
summary.close()

print(f"valid: {valid}")
if malformed:
    numbers = ", ".join(str(n) for n in malformed)
    print(f"malformed: {len(malformed)} (lines {numbers})")
else:
    print("malformed: 0")
