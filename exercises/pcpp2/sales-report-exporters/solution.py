"""Sales report exporters: a Template Method and a Factory."""
import csv
import html
import io
from abc import ABC, abstractmethod


class ReportExporter(ABC):
    """Base class of every exporter.

    export() is the template method: it fixes the order of the steps
    (header, one line per row, footer) and leaves each step to a subclass.
    """

    extension = ""

    def export(self, rows, total):
        """Return the whole report as text, one line per step."""
        lines = [self.header()]
        lines.extend(self.format_row(row) for row in rows)
        lines.append(self.footer(total))
        return "\n".join(lines) + "\n"

    @abstractmethod
    def header(self):
        """The first line(s) of the report."""

    @abstractmethod
    def format_row(self, row):
        """One (region, units, revenue) row as a line."""

    @abstractmethod
    def footer(self, total):
        """The last line(s), from total = (units, revenue)."""


class CsvExporter(ReportExporter):
    """Comma-separated values, quoted where needed."""

    extension = "csv"

    @staticmethod
    def _line(cells):
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="").writerow(cells)
        return buffer.getvalue()

    def header(self):
        return self._line(["region", "units", "revenue"])

    def format_row(self, row):
        region, units, revenue = row
        return self._line([region, units, f"{revenue:.2f}"])

    def footer(self, total):
        units, revenue = total
        return self._line(["Total", units, f"{revenue:.2f}"])


class MarkdownExporter(ReportExporter):
    """A Markdown table, numbers right-aligned."""

    extension = "md"

    def header(self):
        return "| Region | Units | Revenue |\n|---|---:|---:|"

    def format_row(self, row):
        region, units, revenue = row
        return f"| {region} | {units} | {revenue:.2f} |"

    def footer(self, total):
        units, revenue = total
        return f"| **Total** | {units} | {revenue:.2f} |"


class HtmlExporter(ReportExporter):
    """An HTML table; text is escaped."""

    extension = "html"

    def header(self):
        return "<table>\n  <tr><th>Region</th><th>Units</th><th>Revenue</th></tr>"

    def format_row(self, row):
        region, units, revenue = row
        return (f"  <tr><td>{html.escape(region)}</td><td>{units}</td>"
                f"<td>{revenue:.2f}</td></tr>")

    def footer(self, total):
        units, revenue = total
        return f"  <tr><th>Total</th><td>{units}</td><td>{revenue:.2f}</td></tr>\n</table>"


EXPORTERS = {
    "csv": CsvExporter,
    "md": MarkdownExporter,
    "html": HtmlExporter,
}


def make_exporter(fmt):
    """Return a new exporter for a format name (any case); ValueError if unknown."""
    try:
        return EXPORTERS[fmt.strip().lower()]()
    except KeyError:
        raise ValueError(f"unknown format: {fmt}") from None


def summarize(path):
    """Return (rows, total): units and revenue per region, sorted by region."""
    units = {}
    cents = {}
    with open(path, newline="", encoding="utf-8") as handle:
        for record in csv.DictReader(handle):
            region = record["region"]
            units[region] = units.get(region, 0) + int(record["units"])
            cents[region] = cents.get(region, 0) + round(float(record["revenue"]) * 100)
    rows = [(region, units[region], cents[region] / 100) for region in sorted(units)]
    total = (sum(units.values()), sum(cents.values()) / 100)
    return rows, total


def main():
    """Read the data path and the formats, write one report per format."""
    import os
    path = input().strip()
    formats = input().split()
    rows, total = summarize(path)
    os.makedirs("/tmp/out", exist_ok=True)
    for fmt in formats:
        try:
            exporter = make_exporter(fmt)
        except ValueError:
            print(f"skipped {fmt}: unknown format")
            continue
        name = f"report.{exporter.extension}"
        with open(f"/tmp/out/{name}", "w", encoding="utf-8") as handle:
            handle.write(exporter.export(rows, total))
        print(f"wrote {name} ({len(rows)} regions)")


if __name__ == "__main__":
    main()
