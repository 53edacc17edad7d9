"""Profile the columns of a survey export: which ones hold amounts, which ones labels."""
import csv

MISSING = {"", "na", "n/a", "nan", "null", "none", "-", "?"}


def parse_cell(text):
    """Turn one raw cell into None, a bool, an int, a float or a stripped str."""
    # TODO: strip the cell, then try the rules of the README in order:
    #       missing marker, yes/true, no/false, int (but not a code with a
    #       leading zero), float, and otherwise the text itself.
    return text


def classify(name, cells):
    """Return the kind of a column from its header and its raw cells."""
    # TODO: parse every cell, drop the None values, then return "empty",
    #       "qualitative", "quantitative discrete" or "quantitative continuous".
    #       Remember: isinstance(True, int) is True.
    return "qualitative"


def classify_columns(path):
    """Return {column name: kind} for every column of the CSV file at path."""
    # TODO: read the file with csv.reader (encoding="utf-8-sig", newline=""),
    #       skip blank rows, and classify each column of the header.
    return {}
