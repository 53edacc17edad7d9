# A repository class for the customers table (see the README): all SQL in
# one place, through the sqlite3 DB-API.
import csv
import sqlite3

FIELDS = ("name", "email", "phone")


class DuplicateEmail(Exception):
    pass


class CustomerRepository:
    def __init__(self, con):
        self.con = con
        # TODO: a row factory so rows read by column name

    def create_schema(self):
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS customers ("
            " id INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL,"
            " email TEXT NOT NULL UNIQUE COLLATE NOCASE,"
            " phone TEXT)")

    def add(self, name, email, phone=None):
        return None  # TODO: INSERT, commit, return the new id

    def add_many(self, customers):
        return 0  # TODO: executemany in one transaction

    def get(self, customer_id):
        return None  # TODO

    def find(self, text):
        return []  # TODO: LIKE, with % and _ taken literally

    def update(self, customer_id, **changes):
        return False  # TODO

    def delete(self, customer_id):
        return False  # TODO


def main():
    path = input().strip()
    with open(path, encoding="utf-8", newline="") as file:
        rows = [(r["name"], r["email"], r["phone"] or None) for r in csv.DictReader(file)]
    repo = CustomerRepository(sqlite3.connect("/tmp/crm.db"))
    repo.create_schema()
    # TODO: add_many, and report success or failure
    print(f"imported {len(rows)} customers")


if __name__ == "__main__":
    main()
