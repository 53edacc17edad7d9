# Mistake: does not skip blank lines, so they end up as unreadable lines:
# a warning each, and counted as skipped.
import sys

totals = {}
counts = {}
skipped = 0
number = 0
for line in sys.stdin:
    number += 1
    text = line.strip()
    if text.startswith("#"):
        continue
    parts = text.split()
    try:
        room, value = parts
        temperature = float(value)
    except ValueError:
        sys.stderr.write(f"warning: line {number}: cannot read {text!r}\n")
        skipped += 1
        continue
    if not -50 <= temperature <= 60:
        sys.stderr.write(f"warning: line {number}: {temperature} is out of range\n")
        skipped += 1
        continue
    totals[room] = totals.get(room, 0) + temperature
    counts[room] = counts.get(room, 0) + 1

for room in sorted(totals):
    average = totals[room] / counts[room]
    sys.stdout.write(f"{room}: {average:.1f} (n={counts[room]})\n")
sys.stdout.write(f"readings: {sum(counts.values())}, skipped: {skipped}\n")
