# Mistake: keeps the dates as the text SQLite stores ('2026-01-05'), so
# load_invoice() returns strings where date and datetime objects belong.
"""Turn the studio's invoice rows into proper Python and pandas types."""
import sqlite3
from datetime import date, datetime
from decimal import Decimal

import pandas as pd

INVOICE_SQL = """
    SELECT i.id, c.name AS client, i.issued_on, i.due_on, i.paid_at,
           i.amount_cents, i.vat_rate, i.disputed
    FROM invoices AS i JOIN clients AS c ON c.id = i.client_id
"""


def to_python(row):
    """One invoice row, with each SQLite value turned into its proper type."""
    (invoice_id, client, issued_on, due_on, paid_at,
     amount_cents, vat_rate, disputed) = row
    return {
        "id": invoice_id,
        "client": client,
        "issued_on": issued_on,
        "due_on": due_on,
        "paid_at": paid_at,
        "amount": Decimal(amount_cents).scaleb(-2),
        "vat_rate": vat_rate,
        "disputed": bool(disputed),
    }


def load_invoice(db_path, invoice_id):
    """The invoice as a dict of Python values, or None if there is none."""
    con = sqlite3.connect(db_path)
    try:
        row = con.execute(INVOICE_SQL + " WHERE i.id = ?",
                          (invoice_id,)).fetchone()
    finally:
        con.close()
    return None if row is None else to_python(row)


def overdue(db_path, today):
    """Unpaid invoices due before today: (id, client, days late, amount)."""
    con = sqlite3.connect(db_path)
    try:
        rows = con.execute(INVOICE_SQL + " WHERE i.paid_at IS NULL").fetchall()
    finally:
        con.close()
    late = []
    for invoice in map(to_python, rows):
        days = (today - date.fromisoformat(invoice["due_on"])).days
        if days > 0:
            late.append((invoice["id"], invoice["client"], days,
                         invoice["amount"]))
    late.sort(key=lambda item: (-item[2], item[0]))
    return late


def invoices_frame(db_path):
    """All invoices as a DataFrame with datetime, float and bool columns."""
    con = sqlite3.connect(db_path)
    try:
        frame = pd.read_sql_query(
            INVOICE_SQL + " ORDER BY i.id", con,
            parse_dates={"issued_on": {"format": "%Y-%m-%d"},
                         "due_on": {"format": "%Y-%m-%d"},
                         "paid_at": {"format": "ISO8601"}})
    finally:
        con.close()
    frame["amount_eur"] = frame.pop("amount_cents") / 100
    frame["disputed"] = frame["disputed"].astype(bool)
    return frame
