# Mistake: looks for duplicates before normalizing the date, so 2025-01-05 and
# 05/01/2025 (the same day) count as two different readings.
"""The life of an air-quality reading: collect, clean, store, analyze, archive."""
import csv
import math
from datetime import datetime

DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d %b %Y")


def collect(path):
    """Read the sensor export at path: one raw record per row, values untouched."""
    with open(path, encoding="utf-8", newline="") as export:
        return [
            {"station": row["station"], "date": row["date"], "pm25": row["pm25"],
             "history": ["collected"]}
            for row in csv.DictReader(export)
        ]


def iso_date(text):
    """Return the date as YYYY-MM-DD, or None when it is not a valid date."""
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).date().isoformat()
        except ValueError:
            pass
    return None


def pm25_value(text):
    """Return the reading as a float, or None when it is missing or impossible."""
    try:
        value = float(text)
    except ValueError:
        return None
    if not math.isfinite(value) or value < 0:
        return None
    return value


def clean(records):
    """Return new, cleaned records: valid, typed and without duplicates."""
    cleaned = []
    seen = set()
    for record in records:
        station = " ".join(record["station"].split()).lower()
        date = iso_date(record["date"])
        pm25 = pm25_value(record["pm25"])
        if not station or date is None or pm25 is None:
            continue
        if (station, record["date"]) in seen:
            continue
        seen.add((station, record["date"]))
        cleaned.append({"station": station, "date": date, "pm25": pm25,
                        "history": record["history"] + ["cleaned"]})
    return cleaned


def store(records, database):
    """Add the records to database under (station, date); return how many were new."""
    added = 0
    for record in records:
        key = (record["station"], record["date"])
        if key not in database:
            record["history"].append("stored")
            database[key] = record
            added += 1
    return added


def analyze(database):
    """Return {station: average pm25 rounded to 1 decimal} of the stored records."""
    readings = {}
    for record in database.values():
        readings.setdefault(record["station"], []).append(record["pm25"])
        record["history"].append("analyzed")
    return {station: round(sum(values) / len(values), 1)
            for station, values in readings.items()}


def archive(database, cutoff):
    """Move the records dated before cutoff out of database; return them sorted."""
    old_keys = sorted((date, station) for station, date in database if date < cutoff)
    archived = []
    for date, station in old_keys:
        record = database.pop((station, date))
        record["history"].append("archived")
        archived.append(record)
    return archived
