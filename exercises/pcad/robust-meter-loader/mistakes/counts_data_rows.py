# Mistake: numbers the data rows from 1, forgetting that the header is line 1
# of the file: every reported line number is one too small.
"""Load the water-meter readings of one month, reporting the bad rows."""
import csv
import math
import os
from datetime import date

HEADER = ["meter_id", "read_on", "reading_m3", "reader"]
OUT_DIR = "/tmp/out"


class BadRow(Exception):
    """A row of the upload that cannot be loaded; the message says why."""


def parse_row(fields):
    """Return (meter_id, read_on, reading) from one row, or raise BadRow."""
    if len(fields) != len(HEADER):
        raise BadRow(f"expected {len(HEADER)} fields, got {len(fields)}")
    meter_id, read_on, reading_text, _reader = (f.strip() for f in fields)
    if not meter_id:
        raise BadRow("meter_id is empty")
    try:
        day = date.fromisoformat(read_on)
    except ValueError:
        raise BadRow(f"bad date {read_on!r}") from None
    try:
        reading = float(reading_text)
    except ValueError:
        raise BadRow(f"reading_m3 {reading_text!r} is not a number") from None
    if not math.isfinite(reading):
        raise BadRow(f"reading_m3 {reading_text!r} is not a number")
    if reading < 0:
        raise BadRow(f"reading_m3 {reading_text} is negative")
    return meter_id.upper(), day, reading


def load(path):
    """Return (rows read, good rows, problem lines) of one upload."""
    good, problems, count = [], [], 0
    with open(path, encoding="utf-8", newline="") as file:
        reader = csv.reader(file)
        next(reader, None)  # the header
        for line_number, fields in enumerate(reader, start=1):
            if not any(field.strip() for field in fields):
                continue
            count += 1
            try:
                good.append(parse_row(fields))
            except BadRow as error:
                problems.append(f"line {line_number}: {error}")
    return count, good, problems


def main():
    path = input().strip()
    try:
        count, good, problems = load(path)
    except FileNotFoundError:
        print(f"cannot open {path}: no such file")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "readings.csv"), "w",
              encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["meter_id", "read_on", "reading_m3"])
        for meter_id, day, reading in good:
            writer.writerow([meter_id, day.isoformat(), f"{reading:.3f}"])
    print(f"read {count} rows: {len(good)} loaded, {len(problems)} rejected")
    for problem in problems:
        print(problem)


if __name__ == "__main__":
    main()
