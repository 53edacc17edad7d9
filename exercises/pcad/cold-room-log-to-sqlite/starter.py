"""Load a cold-room logger export into the food bank's SQLite database."""
import sqlite3

DATABASE = "/tmp/coldchain.db"

path = input().strip()
con = sqlite3.connect(DATABASE)
inserted = already = rejected = 0

# TODO: read the known sensor codes from the sensors table.
# TODO: for each line of the log that is not blank and not a # comment, check
#       it (3 fields split on "|", a "YYYY-MM-DD HH:MM" time, a known sensor,
#       a number followed by C or F), convert Fahrenheit to Celsius (1 decimal)
#       and insert it with INSERT OR IGNORE; count what happened.
# TODO: commit before closing.

con.close()
print(f"inserted: {inserted}")
print(f"already stored: {already}")
print(f"rejected: {rejected}")
