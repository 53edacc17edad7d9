# Summarise a greenhouse sensor log, setting aside the rows the gateway garbled.
import csv
import math


def parse_row(row):
    """Return (sensor, temperature, humidity) or raise ValueError for a bad row."""
    # TODO: raise ValueError for a row without exactly 4 cells, a NaN value
    #       or a humidity outside 0-100; float() raises it for "ERR" and "".
    return row[1].strip(), float(row[2]), float(row[3])


path = input().strip()
readings = {}  # sensor -> list of (temperature, humidity)
bad_lines = []

# TODO: print "cannot open <path>" when the file does not exist.
with open(path, encoding="utf-8", newline="") as log:
    rows = csv.reader(log)
    next(rows, None)  # the header
    for line_number, row in enumerate(rows, start=2):
        # TODO: skip blank rows; catch the ValueError of a bad row, note its
        #       line number and go on with the next row.
        sensor, temperature, humidity = parse_row(row)
        readings.setdefault(sensor, []).append((temperature, humidity))

# TODO: print the summary: good rows, bad rows with their line numbers, and
#       one line per sensor (sorted) with the mean temperature and humidity.
print(f"good rows: {sum(len(values) for values in readings.values())}")
