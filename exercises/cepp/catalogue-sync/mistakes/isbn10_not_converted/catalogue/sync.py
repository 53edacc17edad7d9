"""Applying clean records to the catalogue database: newer wins."""


class Catalogue:
    """The books table of an SQLite connection."""

    def __init__(self, con):
        self.con = con

    def merge(self, record):
        """Insert or update one clean record; return (status, detail)."""
        row = self.con.execute(
            "SELECT updated FROM books WHERE isbn = ?", (record["isbn"],)).fetchone()
        if row is None:
            self.con.execute(
                "INSERT INTO books (isbn, title, author, year, copies, updated)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (record["isbn"], record["title"], record["author"], record["year"],
                 record.get("copies", 0), record["updated"]))
            return "inserted", ""
        if record["updated"] <= row[0]:
            return "kept", f"catalogue has {row[0]}"
        self.con.execute(
            "UPDATE books SET title = ?, author = ?, year = ?, updated = ? WHERE isbn = ?",
            (record["title"], record["author"], record["year"], record["updated"],
             record["isbn"]))
        if "copies" in record:
            self.con.execute("UPDATE books SET copies = ? WHERE isbn = ?",
                             (record["copies"], record["isbn"]))
        return "updated", f"was {row[0]}"
