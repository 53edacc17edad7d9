"""The life of an air-quality reading: collect, clean, store, analyze, archive."""
import csv
import math
from datetime import datetime


def collect(path):
    """Read the sensor export at path: one raw record per row, values untouched."""
    # TODO: csv.DictReader; each record gets "history": ["collected"].
    return []


def clean(records):
    """Return new, cleaned records: valid, typed and without duplicates."""
    # TODO: normalize station, date and pm25; drop invalid rows and
    #       duplicates; never change the records you were given.
    return []


def store(records, database):
    """Add the records to database under (station, date); return how many were new."""
    # TODO: skip keys already stored; append "stored" to the added ones.
    return 0


def analyze(database):
    """Return {station: average pm25 rounded to 1 decimal} of the stored records."""
    # TODO: group the readings by station; append "analyzed" to every record.
    return {}


def archive(database, cutoff):
    """Move the records dated before cutoff out of database; return them sorted."""
    # TODO: pop the old records, append "archived", sort by (date, station).
    return []
