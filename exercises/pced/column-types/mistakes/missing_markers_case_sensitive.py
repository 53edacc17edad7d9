# Mistake: compares the cell with the missing markers without lowering it, so
# "NA" and "N/A" stay text and a numeric column with gaps turns qualitative.
"""Profile the columns of a survey export: which ones hold amounts, which ones labels."""
import csv

MISSING = {"", "na", "n/a", "nan", "null", "none", "-", "?"}
TRUE_WORDS = {"true", "yes"}
FALSE_WORDS = {"false", "no"}
DIGITS = set("0123456789")


def is_digits(text):
    """Return True when text is one or more of the characters 0-9."""
    return text != "" and set(text) <= DIGITS


def parse_cell(text):
    """Turn one raw cell into None, a bool, an int, a float or a stripped str."""
    cell = text.strip()
    lowered = cell.lower()
    if cell in MISSING:
        return None
    if lowered in TRUE_WORDS:
        return True
    if lowered in FALSE_WORDS:
        return False
    body = cell[1:] if cell[0] in "+-" else cell
    if is_digits(body):
        if len(body) > 1 and body[0] == "0":
            return cell  # a code such as a postcode: the leading zero matters
        return int(cell)
    whole, dot, fraction = body.partition(".")
    if dot and (whole or fraction) and set(whole + fraction) <= DIGITS:
        return float(cell)
    return cell


def classify(name, cells):
    """Return the kind of a column from its header and its raw cells."""
    values = [parse_cell(cell) for cell in cells]
    present = [value for value in values if value is not None]
    if not present:
        return "empty"
    header = name.strip().lower()
    if header == "id" or header.endswith("_id"):
        return "qualitative"
    if all(isinstance(value, bool) for value in present):
        return "qualitative"
    numbers = [value for value in present
               if isinstance(value, (int, float)) and not isinstance(value, bool)]
    if len(numbers) < len(present):
        return "qualitative"
    if all(isinstance(value, int) for value in numbers):
        return "quantitative discrete"
    return "quantitative continuous"


def classify_columns(path):
    """Return {column name: kind} for every column of the CSV file at path."""
    with open(path, encoding="utf-8-sig", newline="") as sheet:
        rows = [row for row in csv.reader(sheet) if row]
    if not rows:
        return {}
    header, records = rows[0], rows[1:]
    return {
        name.strip(): classify(name, [row[i] if i < len(row) else "" for row in records])
        for i, name in enumerate(header)
    }
