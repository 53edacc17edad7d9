# Mistake: reads with input() in a `while True` loop and never stops: at the end
# of the input, input() raises EOFError and the program crashes before the summary.
import sys

totals = {}
counts = {}
skipped = 0
number = 0
while True:
    line = input()
    number += 1
    text = line.strip()
    if text == "" or text.startswith("#"):
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
