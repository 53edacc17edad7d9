# Mistake: hashes the value without the salt. Anyone can hash a list of known
# names or phone numbers and find the patients again.
"""Pseudonymize the clinic's appointments for a GDPR-compliant research export."""
import csv
import hashlib
import os

COLUMNS = ["name_id", "email_id", "phone_id", "birth_year", "visit_month",
           "treatment", "sessions"]


def pseudonym(value, salt):
    """Return the salted SHA-256 pseudonym of a normalized value ("" stays "")."""
    if value == "":
        return ""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:12]


def normal_name(text):
    return " ".join(text.split()).lower()


def normal_email(text):
    return text.strip().lower()


def normal_phone(text):
    digits = "".join(ch for ch in text if ch in "0123456789")
    return digits[2:] if digits.startswith("00") else digits


def birth_year(text):
    """Return the four-digit year of a date in any of the clinic's formats."""
    for sep in "-/.":
        text = text.replace(sep, " ")
    years = [part for part in text.split() if len(part) == 4 and part.isdigit()]
    return years[0] if years else ""


def visit_day(text):
    """Return YYYY-MM-DD of a date written YYYY-MM-DD or DD/MM/YYYY."""
    text = text.strip()
    if "/" in text:
        day, month, year = text.split("/")
        return f"{year}-{month}-{day}"
    return text


path = input().strip()
salt = input().strip()
rows = []
visits = set()
duplicates = 0
with open(path, encoding="utf-8", newline="") as source:
    for record in csv.DictReader(source):
        name = pseudonym(normal_name(record["patient_name"]), salt)
        email = pseudonym(normal_email(record["email"]), salt)
        phone = pseudonym(normal_phone(record["phone"]), salt)
        day = visit_day(record["visit_date"])
        treatment = record["treatment"].strip().lower()
        visit = (name, email, phone, day, treatment)
        if visit in visits:
            duplicates += 1
            continue
        visits.add(visit)
        rows.append([name, email, phone, birth_year(record["birth_date"]), day[:7],
                     treatment, record["sessions"].strip()])

os.makedirs("/tmp/out", exist_ok=True)
with open("/tmp/out/research_export.csv", "w", encoding="utf-8", newline="") as export:
    writer = csv.writer(export)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
print(f"rows exported: {len(rows)}")
print(f"duplicates removed: {duplicates}")
