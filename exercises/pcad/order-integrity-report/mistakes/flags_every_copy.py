# Mistake: flags every order whose number occurs more than once, the first one
# included, instead of only the later copies.
"""Check an order export against the shop's integrity rules and report every violation."""
import os
import re
from datetime import datetime

import pandas as pd

STATUSES = {"pending", "shipped", "delivered", "cancelled"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def bad_date(text, export_date):
    """True unless text is a real YYYY-MM-DD date no later than the export date."""
    if not ISO_DATE.fullmatch(text):
        return True
    try:
        day = datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        return True
    return day > export_date


def bad_price(text):
    """True unless text is a number greater than zero."""
    try:
        return not float(text) > 0
    except ValueError:
        return True


def violations(orders, customer_ids, export_date):
    """One (row, order_id, rule, value) tuple per broken rule, in file order."""
    found = []
    counts = orders["order_id"].value_counts()
    for index, order in orders.iterrows():
        row = index + 2  # the header is line 1 of the file
        order_id = order["order_id"]
        checks = [
            ("missing_id", order_id == "", order_id),
            ("duplicate_id", order_id != "" and counts[order_id] > 1, order_id),
            ("unknown_customer", order["customer_id"].upper() not in customer_ids,
             order["customer_id"]),
            ("bad_quantity", not (order["quantity"].isdigit() and int(order["quantity"]) >= 1),
             order["quantity"]),
            ("bad_price", bad_price(order["unit_price"]), order["unit_price"]),
            ("bad_date", bad_date(order["order_date"], export_date), order["order_date"]),
            ("bad_status", order["status"].lower() not in STATUSES, order["status"]),
        ]
        found.extend((row, order_id, rule, value) for rule, broken, value in checks if broken)
    return found


def main():
    folder = input().strip().rstrip("/")
    export_date = datetime.strptime(input().strip(), "%Y-%m-%d").date()
    orders = pd.read_csv(f"{folder}/orders.csv", dtype=str, keep_default_na=False)
    orders = orders.apply(lambda column: column.str.strip())
    customers = pd.read_csv(f"{folder}/customers.csv", dtype=str)
    customer_ids = set(customers["customer_id"].str.strip().str.upper())

    found = violations(orders, customer_ids, export_date)
    report = pd.DataFrame(found, columns=["row", "order_id", "rule", "value"])
    os.makedirs("/tmp/out", exist_ok=True)
    report.to_csv("/tmp/out/violations.csv", index=False)

    broken_rows = {row for row, *_ in found}
    print(f"orders checked: {len(orders)}")
    print(f"valid orders: {len(orders) - len(broken_rows)}")
    print(f"violations: {len(found)}")


main()
