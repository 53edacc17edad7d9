# Mistake: strips the e-mail but does not lower-case it, so ANA.SILVA@example.pt
# and ana.silva@example.pt become two different customers.
"""Store the bakery's orders twice: a flat CSV table and a nested JSON file."""
import csv
import json
import os

REQUIRED = ("order_id", "email", "item", "qty", "unit_price")


def iso_date(text):
    """Return a date given as YYYY-MM-DD or DD/MM/YYYY as YYYY-MM-DD ("" stays "")."""
    if "/" in text:
        day, month, year = text.split("/")
        return f"{year}-{month}-{day}"
    return text


def clean(row):
    """Return the cleaned fields of one raw row (a dict of the csv module)."""
    cells = {key.strip(): (value or "").strip() for key, value in row.items() if key}
    return {
        "order_id": cells.get("order_id", "").upper(),
        "date": iso_date(cells.get("date", "")),
        "customer": " ".join(cells.get("customer", "").split()).title(),
        "email": cells.get("email", ""),
        "item": cells.get("item", "").lower(),
        "qty": cells.get("qty", ""),
        "unit_price": cells.get("unit_price", ""),
    }


path = input().strip()
lines = []
seen = set()
duplicates = incomplete = 0
with open(path, encoding="utf-8", newline="") as source:
    for row in csv.DictReader(source):
        if not any((value or "").strip() for value in row.values()):
            continue  # a blank row
        line = clean(row)
        if any(line[field] == "" for field in REQUIRED):
            incomplete += 1
            continue
        key = (line["order_id"], line["item"])
        if key in seen:
            duplicates += 1
            continue
        seen.add(key)
        line["qty"] = int(line["qty"])
        line["unit_price"] = float(line["unit_price"])
        line["line_total"] = round(line["qty"] * line["unit_price"], 2)
        lines.append(line)

customers = {}
for line in lines:
    customer = customers.setdefault(
        line["email"], {"name": line["customer"], "orders": [], "items": 0, "spent": 0.0}
    )
    if line["order_id"] not in customer["orders"]:
        customer["orders"].append(line["order_id"])
    customer["items"] += line["qty"]
    customer["spent"] = round(customer["spent"] + line["line_total"], 2)

os.makedirs("/tmp/out", exist_ok=True)
columns = ["order_id", "date", "email", "item", "qty", "unit_price", "line_total"]
with open("/tmp/out/order_lines.csv", "w", encoding="utf-8", newline="") as table:
    writer = csv.writer(table)
    writer.writerow(columns)
    writer.writerows([line[column] for column in columns] for line in lines)
with open("/tmp/out/customers.json", "w", encoding="utf-8") as nested:
    json.dump(customers, nested, ensure_ascii=False, indent=2)

print(f"order_lines.csv: {len(lines)} rows")
print(f"customers.json: {len(customers)} customers")
print(f"skipped: {duplicates} duplicate, {incomplete} incomplete")
