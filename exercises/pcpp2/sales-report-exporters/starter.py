"""Sales report exporters: a Template Method and a Factory."""
import csv
from abc import ABC, abstractmethod


class ReportExporter(ABC):
    extension = ""

    def export(self, rows, total):
        # TODO: the template method: header, one line per row, footer
        return ""

    @abstractmethod
    def header(self):
        """The first line(s) of the report."""

    @abstractmethod
    def format_row(self, row):
        """One (region, units, revenue) row as a line."""

    @abstractmethod
    def footer(self, total):
        """The last line(s), from total = (units, revenue)."""


# TODO: CsvExporter, MarkdownExporter, HtmlExporter (see the README)


def make_exporter(fmt):
    # TODO: return a new exporter for "csv", "md" or "html" (any case)
    raise ValueError(f"unknown format: {fmt}")


def summarize(path):
    """Return (rows, total): units and revenue per region, sorted by region."""
    units, cents = {}, {}
    with open(path, newline="", encoding="utf-8") as handle:
        for record in csv.DictReader(handle):
            region = record["region"]
            units[region] = units.get(region, 0) + int(record["units"])
            cents[region] = cents.get(region, 0) + round(float(record["revenue"]) * 100)
    rows = [(region, units[region], cents[region] / 100) for region in sorted(units)]
    return rows, (sum(units.values()), sum(cents.values()) / 100)


def main():
    path = input().strip()
    formats = input().split()
    rows, total = summarize(path)
    # TODO: for each format, write /tmp/out/report.<extension> and print a line


if __name__ == "__main__":
    main()
