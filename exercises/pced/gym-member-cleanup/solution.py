# Clean the gym's membership export and write one row per member.
import csv
import os
from datetime import datetime

DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"]
MISSING = {"", "n/a", "na", "-"}


def clean_name(text):
    """Trim, squeeze inner spaces and write the name in title case."""
    return " ".join(text.split()).title()


def clean_date(text):
    """Return the date as YYYY-MM-DD, whichever of the three formats it uses."""
    text = text.strip()
    for date_format in DATE_FORMATS:
        try:
            return datetime.strptime(text, date_format).date().isoformat()
        except ValueError:
            pass
    raise ValueError(f"unknown date format: {text!r}")


def clean_age(text):
    """Return the age as an int, or None when it is missing."""
    text = text.strip()
    if text.lower() in MISSING:
        return None
    return int(float(text))


path = input().strip()
rows_read = 0
members = {}  # email -> cleaned row; the first row of each member wins

with open(path, encoding="utf-8", newline="") as export:
    reader = csv.reader(export)
    next(reader)  # header
    for row in reader:
        if not row:
            continue
        rows_read += 1
        name, email, joined, age = row
        email = email.strip().lower()
        if email in members:
            continue
        members[email] = {
            "name": clean_name(name),
            "email": email,
            "joined": clean_date(joined),
            "age": clean_age(age),
        }

kept = sorted(members.values(), key=lambda m: (m["joined"], m["email"]))
ages = [m["age"] for m in kept if m["age"] is not None]

os.makedirs("/tmp/out", exist_ok=True)
with open("/tmp/out/members.csv", "w", encoding="utf-8", newline="") as out:
    writer = csv.writer(out)
    writer.writerow(["name", "email", "joined", "age"])
    for m in kept:
        age = "" if m["age"] is None else m["age"]
        writer.writerow([m["name"], m["email"], m["joined"], age])

print(f"rows read: {rows_read}")
print(f"duplicates removed: {rows_read - len(kept)}")
print(f"members kept: {len(kept)}")
print(f"missing ages: {len(kept) - len(ages)}")
if ages:
    print(f"average age: {round(sum(ages) / len(ages), 1)}")
else:
    print("average age: none")
