# Mistake: uses a plain INSERT, so a reading that is already stored breaks the
# PRIMARY KEY (sensor, taken_at) rule and the program stops with IntegrityError.
"""Load a cold-room logger export into the food bank's SQLite database."""
import re
import sqlite3
from datetime import datetime

DATABASE = "/tmp/coldchain.db"
VALUE = re.compile(r"(-?\d+(?:\.\d+)?)\s*([CF])", re.IGNORECASE)


def parse_line(line, known_sensors):
    """(sensor, taken_at, celsius) for a good reading line, else None."""
    fields = [field.strip() for field in line.split("|")]
    if len(fields) != 3:
        return None
    taken_at, sensor, value = fields
    try:
        datetime.strptime(taken_at, "%Y-%m-%d %H:%M")
    except ValueError:
        return None
    sensor = sensor.upper()
    if sensor not in known_sensors:
        return None
    match = VALUE.fullmatch(value)
    if match is None:
        return None
    number, unit = float(match.group(1)), match.group(2).upper()
    if unit == "F":
        number = (number - 32) * 5 / 9
    return sensor, taken_at, round(number, 1)


def main():
    path = input().strip()
    con = sqlite3.connect(DATABASE)
    known = {code for (code,) in con.execute("SELECT code FROM sensors")}
    inserted = already = rejected = 0
    with open(path, encoding="utf-8") as log, con:
        for line in log:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            reading = parse_line(line, known)
            if reading is None:
                rejected += 1
                continue
            con.execute(
                "INSERT INTO readings (sensor, taken_at, celsius) VALUES (?, ?, ?)",
                reading,
            )
            inserted += 1
    con.close()
    print(f"inserted: {inserted}")
    print(f"already stored: {already}")
    print(f"rejected: {rejected}")


main()
