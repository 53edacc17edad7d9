"""Turn a mixed log of app events (JSON) and dock events (key=value) into one table."""
import json
import shlex


def parse_line(line):
    """Return the fields of one log line as a flat dict, or None to skip it."""
    # TODO: skip empty lines and comments; a line starting with "{" is JSON
    #       from the app (flatten nested objects into dotted keys, values as
    #       text), any other line is key=value tokens from a dock.
    #       Lowercase the keys and put "source" first.
    return None


def load_table(path):
    """Return (columns, rows) of every distinct record of the log file at path."""
    # TODO: parse every line, keep the first of identical records, collect
    #       the columns in order of first appearance and build the rows.
    return [], []
