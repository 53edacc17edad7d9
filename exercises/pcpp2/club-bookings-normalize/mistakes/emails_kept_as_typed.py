# Mistake: the e-mail is only stripped, not lower-cased, so Ana.Silva@Mail.PT and
# ana.silva@mail.pt become two members: the key does not identify the person any more.
"""Normalise the club's flat booking export into related SQLite tables."""
import csv
import sqlite3

SCHEMA = """
CREATE TABLE members (
    id    INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name  TEXT NOT NULL,
    city  TEXT NOT NULL
);
CREATE TABLE courts (
    code    TEXT PRIMARY KEY,
    surface TEXT NOT NULL,
    rate    REAL NOT NULL
);
CREATE TABLE bookings (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES members(id),
    court_code TEXT NOT NULL REFERENCES courts(code),
    day        TEXT NOT NULL,
    hours      REAL NOT NULL
);
"""


def main():
    path = input().strip()
    with open(path, encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    con = sqlite3.connect("/tmp/club.db")
    con.execute("PRAGMA foreign_keys = ON")
    with con:
        con.executescript(SCHEMA)
        for row in rows:
            email = row["member_email"].strip()
            con.execute("INSERT OR IGNORE INTO members (email, name, city) VALUES (?, ?, ?)",
                        (email, row["member_name"].strip(), row["member_city"].strip()))
            con.execute("INSERT OR IGNORE INTO courts (code, surface, rate) VALUES (?, ?, ?)",
                        (row["court"].strip(), row["surface"].strip(), float(row["rate_per_hour"])))
            (member_id,) = con.execute("SELECT id FROM members WHERE email = ?", (email,)).fetchone()
            con.execute(
                "INSERT INTO bookings (id, member_id, court_code, day, hours) VALUES (?, ?, ?, ?, ?)",
                (int(row["booking_id"]), member_id, row["court"].strip(), row["date"].strip(),
                 float(row["hours"])))
    counts = [con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
              for table in ("members", "courts", "bookings")]
    print("members: {}, courts: {}, bookings: {}".format(*counts))
    con.close()


if __name__ == "__main__":
    main()
