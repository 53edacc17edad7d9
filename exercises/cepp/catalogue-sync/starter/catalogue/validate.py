"""Turning a raw record into a clean one, or saying why not."""

from catalogue.isbn import InvalidIsbn, normalize

FIRST_YEAR, LAST_YEAR = 1450, 2026


class RecordError(ValueError):
    """A record that cannot enter the catalogue; the message is the report's detail."""


def clean(raw):
    """Validate a raw record; return {isbn, title, author, year, updated[, copies]}.

    TODO: the rules in order (isbn, title, year, copies, updated); raise
    RecordError(detail) from the original exception.
    """
    raise RecordError("TODO")
