# Count the HTTP status codes of a web server log and save them as CSV.
import os

path = input().strip()

# TODO: open the log (encoding="utf-8") and read it line by line with
#       readline(), numbering the lines (blank ones included).
# TODO: skip blank lines; for the others, take what follows the last '"':
#       exactly two items, a 3-digit status and a size (digits or "-").
#       Count the requests and add up the bytes per status code.
# TODO: os.makedirs("/tmp/out", exist_ok=True), then write
#       /tmp/out/summary.csv: the header, then one line per status, sorted.
# TODO: print the "valid: ..." and "malformed: ..." lines.
print(f"Summary of {path} not implemented yet")
