# Read the CSV path and the year from standard input, turn the wide sheet into
# one row per building and month, store the readings in /tmp/energy.db and
# print one line per building (see README.md).
import sqlite3

import pandas as pd

path = input().strip()
year = int(input())
wide = pd.read_csv(path, dtype=str)
with sqlite3.connect("/tmp/energy.db") as con:
    pass  # TODO: melt, clean, delete the old rows, insert the new ones
