# Waiting times of the walk-in clinics as small multiples.
import csv
import math
import statistics

import matplotlib.pyplot as plt

path = input().strip()

# TODO: read the visits and work out each site's waits in minutes (a patient
#       may be seen after midnight; an empty "seen" means no wait).

# TODO: one panel per site, side by side, on the same 15-minute bins and the
#       same scales: a histogram of the waits, a dashed line at the median
#       with its legend, the panel title and the axis labels, and the
#       figure's title, as described in the README.
