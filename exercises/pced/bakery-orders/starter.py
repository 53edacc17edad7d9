"""Store the bakery's orders twice: a flat CSV table and a nested JSON file."""
import csv
import json
import os

path = input().strip()
lines = []       # the kept order lines, cleaned (dicts)
customers = {}   # e-mail -> {"name", "orders", "items", "spent"}
duplicates = incomplete = 0

# TODO: read the export with csv.DictReader, clean each row (see the README),
#       skip blank, incomplete and duplicate rows, compute line_total.
# TODO: group the kept lines by e-mail into `customers`.
# TODO: create /tmp/out, write order_lines.csv with csv.writer and
#       customers.json with json.dump.

print(f"order_lines.csv: {len(lines)} rows")
print(f"customers.json: {len(customers)} customers")
print(f"skipped: {duplicates} duplicate, {incomplete} incomplete")
