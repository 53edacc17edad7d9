"""The validation report."""

import csv
import os

COLUMNS = ["source", "isbn", "status", "detail"]


def write_report(rows, path):
    """Write the rows (dicts with COLUMNS) as CSV, creating the folder."""
    folder = os.path.dirname(path)
    if folder and not os.path.isdir(folder):
        os.makedirs(folder)
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
