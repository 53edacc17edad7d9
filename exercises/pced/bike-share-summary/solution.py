# Write the three-sentence summary of the bike-share rides for the board.
import csv

path = input().strip()
with open(path, encoding="utf-8", newline="") as sheet:
    rows = [[cell.strip() for cell in row] for row in csv.reader(sheet)]
rows = [row for row in rows[1:] if any(row)]  # no header, no blank lines
months = [row[0] for row in rows]
rides = [int(row[1]) for row in rows]

total = sum(rides)
change = round((rides[-1] - rides[0]) / rides[0] * 100, 1)
best = rides.index(max(rides))  # index() finds the first, so ties go to the earliest

period = f"in {months[0]}" if len(months) == 1 else f"from {months[0]} to {months[-1]}"
if change > 0:
    trend = f"Monthly rides rose by {change:.1f}% {period}."
elif change < 0:
    trend = f"Monthly rides fell by {-change:.1f}% {period}."
else:
    trend = f"Monthly rides were unchanged {period}."

print(f"Riders took {total:,} rides {period}.")
print(trend)
print(f"The busiest month was {months[best]}, with {rides[best]:,} rides.")
