"""SQLite persistence for products and stock movements.

TODO: implement the methods. They never commit: the API decides where a
transaction starts and ends (`with self.storage.con:`).
"""

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


class Storage:
    """Products in an SQLite database; the connection is injected."""

    def __init__(self, con):
        self.con = con
        self.con.executescript(SCHEMA)

    @classmethod
    def open(cls, path):
        return cls(sqlite3.connect(path))

    def get(self, sku):
        """The product as a dict {sku, name, price_cents, qty}, or None."""
        return None  # TODO

    def all(self):
        """Every product as a dict, ordered by sku."""
        return []  # TODO

    def insert(self, product):
        """TODO: insert a validated product."""

    def set_qty(self, sku, qty, change, reason):
        """TODO: store the new quantity and add a row to movements."""

    def delete(self, sku):
        """TODO: remove the product."""
