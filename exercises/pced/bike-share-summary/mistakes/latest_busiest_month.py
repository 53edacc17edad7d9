# Mistake: looks for the busiest month with ">=", so on a tie the later month
# wins (May instead of April in spring).
import csv

path = input().strip()
with open(path, encoding="utf-8", newline="") as sheet:
    rows = [[cell.strip() for cell in row] for row in csv.reader(sheet)]
rows = [row for row in rows[1:] if any(row)]
months = [row[0] for row in rows]
rides = [int(row[1]) for row in rows]

total = sum(rides)
change = round((rides[-1] - rides[0]) / rides[0] * 100, 1)
best = 0
for i in range(len(rides)):
    if rides[i] >= rides[best]:
        best = i

period = f"from {months[0]} to {months[-1]}"
if change > 0:
    trend = f"Monthly rides rose by {change:.1f}% {period}."
elif change < 0:
    trend = f"Monthly rides fell by {-change:.1f}% {period}."
else:
    trend = f"Monthly rides were unchanged {period}."

print(f"Riders took {total:,} rides {period}.")
print(trend)
print(f"The busiest month was {months[best]}, with {rides[best]:,} rides.")
