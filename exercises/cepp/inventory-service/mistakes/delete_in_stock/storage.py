"""SQLite persistence for products and stock movements."""

import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS products (
    sku TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    price_cents INTEGER NOT NULL,
    qty INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS movements (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL,
    change INTEGER NOT NULL,
    reason TEXT NOT NULL
);
"""

COLUMNS = ("sku", "name", "price_cents", "qty")


class Storage:
    """Products in an SQLite database; the connection is injected."""

    def __init__(self, con):
        self.con = con
        self.con.executescript(SCHEMA)

    @classmethod
    def open(cls, path):
        """Open (or create) the database file at `path`."""
        return cls(sqlite3.connect(path))

    def get(self, sku):
        """The product as a dict, or None."""
        row = self.con.execute(
            "SELECT sku, name, price_cents, qty FROM products WHERE sku = ?", (sku,)
        ).fetchone()
        return dict(zip(COLUMNS, row)) if row else None

    def all(self):
        """Every product, ordered by sku."""
        rows = self.con.execute(
            "SELECT sku, name, price_cents, qty FROM products ORDER BY sku"
        ).fetchall()
        return [dict(zip(COLUMNS, row)) for row in rows]

    def insert(self, product):
        """Insert a validated product (no commit: the caller owns the transaction)."""
        self.con.execute(
            "INSERT INTO products (sku, name, price_cents, qty) VALUES (?, ?, ?, ?)",
            tuple(product[c] for c in COLUMNS),
        )

    def set_qty(self, sku, qty, change, reason):
        """Store a new quantity and record the movement (no commit)."""
        self.con.execute("UPDATE products SET qty = ? WHERE sku = ?", (qty, sku))
        self.con.execute(
            "INSERT INTO movements (sku, change, reason) VALUES (?, ?, ?)",
            (sku, change, reason),
        )

    def delete(self, sku):
        """Remove a product (no commit)."""
        self.con.execute("DELETE FROM products WHERE sku = ?", (sku,))
