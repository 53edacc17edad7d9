"""Apply the supplier's weekly price list to the deli's product table."""
import csv
import sqlite3

# TODO: for each line of the price list, INSERT, UPDATE or DELETE the product
#       in /tmp/deli.db (with ? placeholders), record price changes in
#       price_history, commit, and print the counts.

path = input().strip()
with open(path, encoding="utf-8", newline="") as file:
    lines = list(csv.DictReader(file))

con = sqlite3.connect("/tmp/deli.db")
con.close()
print(f"updated 0, added 0, deleted 0, deactivated 0, unchanged {len(lines)}")
