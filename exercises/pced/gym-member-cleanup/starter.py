# Clean the gym's membership export and write one row per member.
import csv
import os
from datetime import datetime

path = input().strip()

# TODO: read the export with csv.reader (encoding="utf-8", newline=""),
#       skip the header and blank rows.
# TODO: clean each cell: e-mail stripped and lower case, name in title case
#       with single spaces, the date as YYYY-MM-DD (try the three formats
#       with datetime.strptime), the age as an int or None when missing.
# TODO: keep only the first row of each e-mail address.
members = []

# TODO: sort by joined date, then e-mail, and write /tmp/out/members.csv.
os.makedirs("/tmp/out", exist_ok=True)

print("rows read: 0")
print("duplicates removed: 0")
print(f"members kept: {len(members)}")
print("missing ages: 0")
print("average age: none")
