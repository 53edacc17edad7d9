"""Nightly catalogue sync.

Standard input: the feed path on line 1 and the CSV path on line 2 ('-' for none).
"""

import sqlite3
from collections import Counter

from catalogue.report import write_report
from catalogue.sources import read_csv, read_feed
from catalogue.sync import Catalogue
from catalogue.validate import RecordError, clean

DATABASE = "/tmp/catalogue.db"
REPORT = "/tmp/out/validation.csv"


def main():
    feed_path = input().strip()
    csv_path = input().strip()
    sources = []
    if feed_path != "-":
        sources.append(read_feed(feed_path))
    if csv_path != "-":
        sources.append(read_csv(csv_path))
    con = sqlite3.connect(DATABASE)
    catalogue = Catalogue(con)
    rows = []
    with con:  # one transaction for the whole sync
        for source in sources:
            for ref, raw in source:
                try:
                    record = clean(raw)
                except RecordError as error:
                    rows.append({"source": ref, "isbn": raw.get("isbn", ""),
                                 "status": "rejected", "detail": str(error)})
                    continue
                status, detail = catalogue.merge(record)
                rows.append({"source": ref, "isbn": record["isbn"],
                             "status": status, "detail": detail})
    con.close()
    write_report(rows, REPORT)
    counts = Counter(row["status"] for row in rows)
    print(", ".join(f"{status} {counts[status]}"
                    for status in ("inserted", "updated", "kept", "rejected")))


if __name__ == "__main__":
    main()
