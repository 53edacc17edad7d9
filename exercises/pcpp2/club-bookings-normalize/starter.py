# Normalise the club's flat booking export into members, courts and bookings
# tables in /tmp/club.db (see the README).
import csv
import sqlite3


def main():
    path = input().strip()
    with open(path, encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    con = sqlite3.connect("/tmp/club.db")
    # TODO: create the three tables of the README, fill them with
    #       parameterized INSERTs, commit, and print the three counts
    print(f"members: 0, courts: 0, bookings: {len(rows)}")
    con.close()


if __name__ == "__main__":
    main()
