# Mistake: only skips blank lines, so the "Total" row is read as one more site
# and its hours are counted twice in any sum of the tidy table.
"""Turn the food bank's presentation workbook of volunteer hours into a tidy table."""
import openpyxl
import pandas as pd
from openpyxl.styles import Font

HEADER_ROWS = 5  # title, source note, blank line, months, shifts


def read_hours(path):
    """(site, month, shift, hours) for every staffed shift, in the sheet's order."""
    raw = pd.read_excel(path, header=None)
    months = raw.iloc[3].ffill()  # a merged cell holds its value in its first column only
    shifts = raw.iloc[4]
    records = []
    for _, row in raw.iloc[HEADER_ROWS:].iterrows():
        site = row[0]
        if pd.isna(site):
            continue  # a blank line
        site = str(site).strip().rstrip("*").strip()
        for column in range(1, len(row)):
            hours = row[column]
            if pd.isna(hours) or hours == "\u2014":
                continue  # no shift that month, or the site was closed
            records.append((site, months[column], shifts[column], float(hours)))
    return records


def write_tidy(path, out_path):
    """Write the tidy table to a readable workbook; return the number of data rows."""
    records = read_hours(path)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "hours"
    sheet.append(["site", "month", "shift", "hours"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for record in records:
        sheet.append(list(record))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:D{len(records) + 1}"
    book.save(out_path)
    return len(records)
