# Mistake: prints the warnings with a plain print(), which writes them to
# sys.stdout, mixed with the results, instead of to sys.stderr.
import sys

totals = {}
counts = {}
skipped = 0
number = 0
for line in sys.stdin:
    number += 1
    text = line.strip()
    if text == "" or text.startswith("#"):
        continue
    parts = text.split()
    try:
        room, value = parts
        temperature = float(value)
    except ValueError:
        print(f"warning: line {number}: cannot read {text!r}")
        skipped += 1
        continue
    if not -50 <= temperature <= 60:
        print(f"warning: line {number}: {temperature} is out of range")
        skipped += 1
        continue
    totals[room] = totals.get(room, 0) + temperature
    counts[room] = counts.get(room, 0) + 1

for room in sorted(totals):
    average = totals[room] / counts[room]
    sys.stdout.write(f"{room}: {average:.1f} (n={counts[room]})\n")
sys.stdout.write(f"readings: {sum(counts.values())}, skipped: {skipped}\n")
