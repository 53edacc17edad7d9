# Mistake: find() puts the search text into the LIKE pattern as it is, so % and _ act as
# wildcards: searching for "%" returns every customer.
"""A repository class: all SQL for the customers table in one place, via the DB-API."""
import csv
import sqlite3

FIELDS = ("name", "email", "phone")


class DuplicateEmail(Exception):
    """Another customer already has this e-mail address."""


class CustomerRepository:
    def __init__(self, con):
        self.con = con
        self.con.row_factory = sqlite3.Row  # rows can be read by column name

    def create_schema(self):
        with self.con:
            self.con.execute(
                "CREATE TABLE IF NOT EXISTS customers ("
                " id INTEGER PRIMARY KEY,"
                " name TEXT NOT NULL,"
                " email TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                " phone TEXT)")

    def add(self, name, email, phone=None):
        """Insert one customer and return its new id."""
        try:
            with self.con:
                cur = self.con.execute(
                    "INSERT INTO customers (name, email, phone) VALUES (?, ?, ?)",
                    (name, email, phone))
        except sqlite3.IntegrityError:
            raise DuplicateEmail(email) from None
        return cur.lastrowid

    def add_many(self, customers):
        """Insert (name, email, phone) tuples in one transaction: all or nothing."""
        customers = list(customers)
        try:
            with self.con:
                self.con.executemany(
                    "INSERT INTO customers (name, email, phone) VALUES (?, ?, ?)", customers)
        except sqlite3.IntegrityError as error:
            raise DuplicateEmail(str(error)) from None
        return len(customers)

    def get(self, customer_id):
        row = self.con.execute("SELECT * FROM customers WHERE id = ?", (customer_id,)).fetchone()
        return dict(row) if row is not None else None

    def find(self, text):
        """Customers whose name contains `text` (case-insensitive, taken literally), by name."""
        pattern = "%" + text + "%"
        rows = self.con.execute(
            "SELECT * FROM customers WHERE name LIKE ? ESCAPE '\\' ORDER BY name, id", (pattern,))
        return [dict(row) for row in rows]

    def update(self, customer_id, **changes):
        """Change some fields; True if the customer exists."""
        unknown = set(changes) - set(FIELDS)
        if unknown or not changes:
            raise ValueError(f"cannot update {sorted(unknown) or 'nothing'}")
        # column names cannot be parameters: they come from the fixed FIELDS list only
        assignments = ", ".join(f"{field} = ?" for field in changes)
        try:
            with self.con:
                cur = self.con.execute(f"UPDATE customers SET {assignments} WHERE id = ?",
                                       (*changes.values(), customer_id))
        except sqlite3.IntegrityError:
            raise DuplicateEmail(changes.get("email")) from None
        return cur.rowcount == 1

    def delete(self, customer_id):
        with self.con:
            cur = self.con.execute("DELETE FROM customers WHERE id = ?", (customer_id,))
        return cur.rowcount == 1


def main():
    """Import a CSV of new customers into /tmp/crm.db, all or nothing."""
    path = input().strip()
    with open(path, encoding="utf-8", newline="") as file:
        rows = [(r["name"], r["email"], r["phone"] or None) for r in csv.DictReader(file)]
    repo = CustomerRepository(sqlite3.connect("/tmp/crm.db"))
    repo.create_schema()
    try:
        count = repo.add_many(rows)
    except DuplicateEmail:
        print("import failed: duplicate e-mail, nothing imported")
    else:
        print(f"imported {count} customers")


if __name__ == "__main__":
    main()
