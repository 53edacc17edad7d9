"""Reading the two kinds of input into raw records (dicts of text)."""

import csv
import xml.etree.ElementTree as ET


def read_feed(path):
    """Yield ('feed:<n>', record) for each <record> of a supplier's XML feed.

    Several <author> elements are joined with '; '; a missing element gives ''.
    """
    root = ET.parse(path).getroot()
    for number, element in enumerate(root.findall("record"), start=1):
        record = {
            tag: (element.findtext(tag) or "").strip()
            for tag in ("isbn", "title", "year", "updated")
        }
        record["author"] = "; ".join(
            (a.text or "").strip() for a in element.findall("author"))
        yield f"feed:{number}", record


def read_csv(path):
    """Yield ('csv:<line>', record) for each row of a branch's CSV (line 1 is the header)."""
    with open(path, newline="", encoding="utf-8") as file:
        for line, row in enumerate(csv.DictReader(file), start=2):
            yield f"csv:{line}", {k: (v or "").strip() for k, v in row.items()}
