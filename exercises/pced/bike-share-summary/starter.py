# Write the three-sentence summary of the bike-share rides for the board.
import csv

path = input().strip()
with open(path, encoding="utf-8", newline="") as sheet:
    rows = [[cell.strip() for cell in row] for row in csv.reader(sheet)]
rows = [row for row in rows[1:] if any(row)]  # no header, no blank lines
months = [row[0] for row in rows]
rides = [int(row[1]) for row in rows]

# TODO: work out the total, the change from the first to the last month in %
#       (rounded to 1 decimal) and the busiest month, then print three
#       sentences: the total; the size of the change with a direction word;
#       the busiest month with its rides.
print("Rides went well this period.")
