# Mistake: wraps the field in quotes first and doubles the quotes afterwards, so the outer quotes are doubled too.
def csv_field(value):
    """Return value written as one field of a CSV file."""
    value = value.strip()
    if value.startswith("="):
        value = "'" + value  # stop spreadsheets from running it as a formula
    if "," in value or '"' in value or "\n" in value:
        value = '"' + value + '"'
        value = value.replace('"', '""')
    return value


def csv_row(fields):
    """Return one CSV line (without the newline) for a list of fields."""
    return ",".join([csv_field(field) for field in fields])


def csv_table(rows):
    """Return the whole CSV text: every row followed by a newline."""
    text = ""
    for row in rows:
        text += csv_row(row) + "\n"
    return text
