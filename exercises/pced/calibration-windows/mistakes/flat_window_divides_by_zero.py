# Mistake: does not handle a flat window, so max - min is 0 and every value
# becomes 0/0, which NumPy turns into nan (with a RuntimeWarning).
import csv
import sys

import numpy as np


def normalised(window):
    """Return a new array with the window scaled to 0..1 (all 0 when flat)."""
    low = window.min()
    high = window.max()
    return (window - low) / (high - low)


path = input().strip()
with open(path, encoding="utf-8", newline="") as recording:
    rows = csv.reader(recording)
    next(rows)  # the header: t_s,grams
    raw = np.array([float(row[1]) for row in rows if row])

for line in sys.stdin:
    if not line.strip():
        continue
    start, stop = (int(part) for part in line.split())
    window = raw[start:stop]  # a view: it shares its memory with raw
    if window.size == 0:
        print(f"window {start}:{stop} -> (empty)")
        continue
    values = " ".join(f"{value:.3f}" for value in normalised(window))
    print(f"window {start}:{stop} -> {values}")

print(f"raw: n={raw.size}, min {raw.min():.1f}, max {raw.max():.1f}, "
      f"mean {raw.mean():.1f}")
