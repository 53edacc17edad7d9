# rotate keeps one copy more than asked
"""Log rotation for the Harbour Ferries ticket kiosks.

A kiosk writes to app.log. Rotating renames app.log to app.log.1, app.log.1
to app.log.2, and so on, deletes the copies beyond the number to keep, and
starts a new, empty app.log.
"""
import os
import re


def _pattern(name):
    return re.compile(re.escape(name) + r"(?:\.(\d+))?")


def _number(entry, name):
    return int(_pattern(name).fullmatch(entry).group(1) or 0)


def log_files(folder, name="app.log"):
    """Return the log and its numbered copies in `folder`, newest first.

    ["app.log", "app.log.1", "app.log.2", ..., "app.log.10"]: copies are in
    numeric order. Other files are ignored.
    """
    entries = [e for e in os.listdir(folder) if _pattern(name).fullmatch(e)]
    return sorted(entries, key=lambda e: _number(e, name))


def total_size(folder, name="app.log"):
    """Return the size in bytes of the log and all its copies."""
    return sum(os.path.getsize(os.path.join(folder, e)) for e in log_files(folder, name))


def rotate(folder, name="app.log", keep=3):
    """Rotate the log, keeping at most `keep` numbered copies.

    Return the names of the files deleted, the oldest first.
    """
    if keep < 0:
        raise ValueError("keep cannot be negative")
    deleted = []
    for entry in reversed(log_files(folder, name)):
        number = _number(entry, name)
        path = os.path.join(folder, entry)
        if number > keep:
            os.remove(path)
            deleted.append(entry)
        else:
            os.replace(path, os.path.join(folder, f"{name}.{number + 1}"))
    open(os.path.join(folder, name), "w").close()
    return deleted
