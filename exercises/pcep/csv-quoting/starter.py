def csv_field(value):
    """Return value written as one field of a CSV file."""
    # TODO: strip the spaces around the value, protect values that start
    #       with "=", double every " and wrap the value in " when it
    #       contains a comma, a " or a newline.
    return None


def csv_row(fields):
    """Return one CSV line (without the newline) for a list of fields."""
    # TODO: format every field and put commas between them.
    return None


def csv_table(rows):
    """Return the whole CSV text: every row followed by a newline."""
    # TODO: one line per row, each ending with "\n".
    return None
