"""Turning a raw record into a clean one, or saying why not."""

from datetime import date

from catalogue.isbn import InvalidIsbn, normalize

FIRST_YEAR, LAST_YEAR = 1450, 2026


class RecordError(ValueError):
    """A record that cannot enter the catalogue; the message is the report's detail."""


def clean(raw):
    """Validate a raw record; return {isbn, title, author, year, updated[, copies]}."""
    try:
        isbn = normalize(raw.get("isbn", ""))
    except InvalidIsbn as error:
        raise RecordError("bad isbn") from error
    title = raw.get("title", "")
    if not title:
        raise RecordError("missing title")
    try:
        year = int(raw.get("year", ""))
    except ValueError as error:
        raise RecordError("bad year") from error
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise RecordError("bad year")
    record = {"isbn": isbn, "title": title, "author": raw.get("author", ""), "year": year}
    if "copies" in raw:
        try:
            copies = int(raw["copies"])
        except ValueError as error:
            raise RecordError("bad copies") from error
        if copies < 0:
            raise RecordError("bad copies")
        record["copies"] = copies
    try:
        record["updated"] = date.fromisoformat(raw.get("updated", "")).isoformat()
    except ValueError as error:
        raise RecordError("bad updated date") from error
    return record
