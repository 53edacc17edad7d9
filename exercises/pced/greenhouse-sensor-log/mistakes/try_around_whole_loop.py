# Mistake: wraps the whole loop in one try, so the first bad row ends the
# reading and every line after it is lost.
import csv
import math


def parse_row(row):
    """Return (sensor, temperature, humidity) or raise ValueError for a bad row."""
    if len(row) != 4:
        raise ValueError(f"expected 4 cells, got {len(row)}")
    sensor = row[1].strip()
    temperature = float(row[2])
    humidity = float(row[3])
    if math.isnan(temperature) or math.isnan(humidity):
        raise ValueError("not a number")
    if not 0 <= humidity <= 100:
        raise ValueError(f"humidity out of range: {humidity}")
    return sensor, temperature, humidity


path = input().strip()
readings = {}  # sensor -> list of (temperature, humidity)
bad_lines = []

try:
    log = open(path, encoding="utf-8", newline="")
except FileNotFoundError:
    print(f"cannot open {path}")
else:
    with log:
        rows = csv.reader(log)
        next(rows, None)  # the header
        line_number = 1
        try:
            for row in rows:
                line_number += 1
                if not row:  # a blank line
                    continue
                sensor, temperature, humidity = parse_row(row)
                readings.setdefault(sensor, []).append((temperature, humidity))
        except ValueError:
            bad_lines.append(line_number)

    good = sum(len(values) for values in readings.values())
    print(f"good rows: {good}")
    if bad_lines:
        lines = ", ".join(str(number) for number in bad_lines)
        print(f"bad rows: {len(bad_lines)} (lines {lines})")
    else:
        print("bad rows: 0")
    for sensor in sorted(readings):
        values = readings[sensor]
        mean_temperature = sum(t for t, _ in values) / len(values)
        mean_humidity = sum(h for _, h in values) / len(values)
        print(f"{sensor}: n={len(values)}, temp {mean_temperature:.1f} °C, "
              f"humidity {mean_humidity:.1f} %")
