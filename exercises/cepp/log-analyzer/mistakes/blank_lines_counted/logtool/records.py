# Mistake: blank lines are counted as lines (and then as skipped ones).
"""Parsing one access-log line into a Record."""

from dataclasses import dataclass
from datetime import datetime


class ParseError(ValueError):
    """A line that is not a valid access-log record."""


@dataclass(frozen=True)
class Record:
    """One request: where it was logged and what it was."""

    file: str
    line: int
    time: str
    level: str
    method: str
    path: str
    status: int
    ms: int


def parse_line(text, file="", line=0):
    """Parse `TIME LEVEL METHOD PATH STATUS <n>ms`; raise ParseError otherwise."""
    fields = text.split()
    if len(fields) != 6:
        raise ParseError(f"expected 6 fields, got {len(fields)}")
    time, level, method, path, status, duration = fields
    try:
        datetime.fromisoformat(time)
        status_code = int(status)
        if not duration.endswith("ms"):
            raise ValueError(f"bad duration {duration!r}")
        ms = int(duration[:-2])
    except ValueError as error:
        raise ParseError(str(error)) from error
    return Record(file, line, time, level, method, path, status_code, ms)


def read_records(paths):
    """Yield the Records of the files in turn; return (lines, skipped) when done."""
    lines = skipped = 0
    for path in paths:
        name = path.rsplit("/", 1)[-1]
        with open(path, encoding="utf-8") as file:
            for number, text in enumerate(file, start=1):
                lines += 1
                try:
                    yield parse_line(text, name, number)
                except ParseError:
                    skipped += 1
    return lines, skipped
