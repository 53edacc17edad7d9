"""Reading the two kinds of input into raw records (dicts of text)."""

import csv
import xml.etree.ElementTree as ET


def read_feed(path):
    """Yield ('feed:<n>', record) for each <record> of a supplier's XML feed.

    TODO: keys isbn, title, author, year, updated (text, stripped; '' when
    missing); several <author> elements are joined with '; '.
    """
    root = ET.parse(path).getroot()
    for number, element in enumerate(root.findall("record"), start=1):
        yield f"feed:{number}", {"isbn": element.findtext("isbn") or ""}


def read_csv(path):
    """Yield ('csv:<line>', record) for each row of a branch's CSV (line 1 is the header)."""
    with open(path, newline="", encoding="utf-8") as file:
        for line, row in enumerate(csv.DictReader(file), start=2):
            yield f"csv:{line}", dict(row)  # TODO: strip the values
