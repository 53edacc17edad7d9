"""Turn the food bank's presentation workbook of volunteer hours into a tidy table."""
import openpyxl
import pandas as pd
from openpyxl.styles import Font


def read_hours(path):
    """(site, month, shift, hours) for every staffed shift, in the sheet's order."""
    raw = pd.read_excel(path, header=None)
    # TODO: row 3 holds the months (merged over two columns), row 4 the shifts,
    #       the sites start at row 5 and end at the "Total" row.
    return []


def write_tidy(path, out_path):
    """Write the tidy table to a readable workbook; return the number of data rows."""
    records = read_hours(path)
    book = openpyxl.Workbook()
    sheet = book.active
    # TODO: a sheet "hours" with a bold header site, month, shift, hours, one
    #       row per record, the header frozen and filter buttons on the table.
    book.save(out_path)
    return len(records)
