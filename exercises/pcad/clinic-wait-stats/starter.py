# Read the path of the clinic's log from standard input, then print the
# report described in README.md: the waits count and 12 statistics.
import pandas as pd

path = input().strip()
log = pd.read_csv(path, dtype=str)
print("waits:", 0)  # TODO: clean the wait_min column and print every figure
