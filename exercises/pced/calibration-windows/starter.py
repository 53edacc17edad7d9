# Min-max normalise several windows of one load-cell recording with NumPy.
import csv
import sys

import numpy as np


def normalised(window):
    """Return a new array with the window scaled to 0..1 (all 0 when flat)."""
    # TODO: (x - min) / (max - min) without changing `window` itself;
    #       a flat window (max == min) gives all zeros.
    return window


path = input().strip()
with open(path, encoding="utf-8", newline="") as recording:
    rows = csv.reader(recording)
    next(rows)  # the header: t_s,grams
    raw = np.array([float(row[1]) for row in rows if row])

# TODO: for each non-blank line of sys.stdin, read `start stop`, take
#       raw[start:stop] and print its normalised values with 3 decimals
#       (or "(empty)" for an empty window).

print(f"raw: n={raw.size}, min {raw.min():.1f}, max {raw.max():.1f}, "
      f"mean {raw.mean():.1f}")
