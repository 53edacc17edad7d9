"""Turn the studio's invoice rows into proper Python and pandas types."""
import sqlite3

import pandas as pd

# TODO: convert what SQLite returns (TEXT dates, INTEGER cents, 0/1 flags,
#       NULL) into date/datetime, Decimal, bool and None - and into proper
#       pandas dtypes in invoices_frame(). See README.md.


def load_invoice(db_path, invoice_id):
    """The invoice as a dict of Python values, or None if there is none."""
    con = sqlite3.connect(db_path)
    row = con.execute("SELECT * FROM invoices WHERE id = ?",
                      (invoice_id,)).fetchone()
    con.close()
    return row


def overdue(db_path, today):
    """Unpaid invoices due before today: (id, client, days late, amount)."""
    return []


def invoices_frame(db_path):
    """All invoices as a DataFrame with datetime, float and bool columns."""
    con = sqlite3.connect(db_path)
    frame = pd.read_sql_query("SELECT * FROM invoices", con)
    con.close()
    return frame
