"""Parsing one access-log line into a Record.

TODO: parse_line and read_records (see README, "Log format").
"""

from dataclasses import dataclass


class ParseError(ValueError):
    """A line that is not a valid access-log record."""


@dataclass(frozen=True)
class Record:
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
    raise ParseError("TODO: parse_line")


def read_records(paths):
    """Yield the Records of the files in turn; return (lines, skipped) when done."""
    lines = skipped = 0
    # TODO: open each file, skip blank lines, count lines and skipped ones,
    # yield parse_line(...) for the good ones.
    yield from ()
    return lines, skipped
