# Mistake: keeps every record, so an event the app sent twice becomes two rows.
"""Turn a mixed log of app events (JSON) and dock events (key=value) into one table."""
import json
import shlex


def as_text(value):
    """Return the cell text of one JSON value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "|".join(as_text(item) for item in value)
    if isinstance(value, str):
        return value.strip()
    return str(value)


def flatten(obj, prefix=""):
    """Return a flat {dotted key: text} dict of a JSON object."""
    flat = {}
    for key, value in obj.items():
        name = prefix + key.strip().lower()
        if isinstance(value, dict):
            flat.update(flatten(value, name + "."))
        else:
            flat[name] = as_text(value)
    return flat


def parse_line(line):
    """Return the fields of one log line as a flat dict, or None to skip it."""
    text = line.strip()
    if text == "" or text.startswith("#"):
        return None
    if text.startswith("{"):
        try:
            obj = json.loads(text)
        except json.JSONDecodeError:
            return None
        source, fields = "app", flatten(obj)
    else:
        source, fields = "dock", {}
        for token in shlex.split(text):
            key, sep, value = token.partition("=")
            if sep and key.strip():
                fields[key.strip().lower()] = value.strip()
    if not fields:
        return None
    return {"source": source, **fields}


def load_table(path):
    """Return (columns, rows) of every distinct record of the log file at path."""
    records = []
    with open(path, encoding="utf-8") as log:
        for line in log:
            record = parse_line(line)
            if record is not None:
                records.append(record)
    columns = []
    for record in records:
        columns += [key for key in record if key not in columns]
    rows = [[record.get(column, "") for column in columns] for record in records]
    return columns, rows
