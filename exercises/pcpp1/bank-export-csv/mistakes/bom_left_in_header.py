# Mistake: opens the export as plain "utf-8": the byte order mark the bank
# puts at the start stays glued to the first header, which becomes
# '\ufeffDate', and row["Date"] raises KeyError.
"""Categorise a bank's CSV export and summarise it, with the csv module."""
import csv
import os
import sys
from datetime import datetime
from decimal import Decimal

RULES = "/data/rules.csv"
OTHER = "Other"


def load_rules(path):
    """[(keyword in lower case, category)], in the order of the file."""
    with open(path, encoding="utf-8", newline="") as source:
        return [(row["keyword"].lower(), row["category"])
                for row in csv.DictReader(source)]


def parse_amount(text):
    """'-1.250,00' -> Decimal('-1250.00')."""
    return Decimal(text.replace(".", "").replace(",", "."))


def categorise(rules, payee, reference):
    """The category of the first rule whose keyword is in the payee or reference."""
    text = f"{payee} {reference}".lower()
    for keyword, category in rules:
        if keyword in text:
            return category
    return OTHER


def main():
    """Read the export, write the ledger and the summary."""
    path = sys.stdin.readline().strip()
    rules = load_rules(RULES)
    ledger = []
    with open(path, encoding="utf-8", newline="") as source:
        for row in csv.DictReader(source, delimiter=";"):
            day = datetime.strptime(row["Date"], "%d.%m.%Y").date()
            ledger.append({
                "date": day.isoformat(),
                "payee": row["Payee"],
                "amount": parse_amount(row["Amount"]),
                "category": categorise(rules, row["Payee"], row["Reference"]),
            })
    totals = {}
    for entry in ledger:
        count, total = totals.get(entry["category"], (0, Decimal("0")))
        totals[entry["category"]] = (count + 1, total + entry["amount"])
    os.makedirs("/tmp/out", exist_ok=True)
    with open("/tmp/out/ledger.csv", "w", encoding="utf-8",
              newline="") as target:
        writer = csv.DictWriter(
            target, fieldnames=["date", "payee", "amount", "category"])
        writer.writeheader()
        for entry in ledger:
            writer.writerow(dict(entry, amount=f"{entry['amount']:.2f}"))
    with open("/tmp/out/summary.csv", "w", encoding="utf-8",
              newline="") as target:
        writer = csv.DictWriter(
            target, fieldnames=["category", "transactions", "total"])
        writer.writeheader()
        for category in sorted(totals):
            count, total = totals[category]
            writer.writerow({"category": category, "transactions": count,
                             "total": f"{total:.2f}"})
    other = totals.get(OTHER, (0, 0))[0]
    print(f"transactions: {len(ledger)}, uncategorised: {other}")


if __name__ == "__main__":
    main()
