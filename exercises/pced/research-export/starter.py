"""Pseudonymize the clinic's appointments for a GDPR-compliant research export."""
import csv
import hashlib
import os

COLUMNS = ["name_id", "email_id", "phone_id", "birth_year", "visit_month",
           "treatment", "sessions"]

path = input().strip()
salt = input().strip()
rows = []
duplicates = 0

# TODO: read the file with csv.DictReader. For each row, normalize the name,
#       e-mail and phone and replace each by
#       hashlib.sha256((salt + value).encode("utf-8")).hexdigest()[:12]
#       (an empty value stays ""), keep only the birth year and the visit
#       month, and skip the visits entered twice.

os.makedirs("/tmp/out", exist_ok=True)
with open("/tmp/out/research_export.csv", "w", encoding="utf-8", newline="") as export:
    writer = csv.writer(export)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
print(f"rows exported: {len(rows)}")
print(f"duplicates removed: {duplicates}")
