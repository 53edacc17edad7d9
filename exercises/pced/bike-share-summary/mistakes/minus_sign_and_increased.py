# Mistake: always writes "increased by" followed by the signed change, so a
# fall of 61.1 % comes out as "increased by -61.1%": the words contradict the
# number.
import csv

path = input().strip()
with open(path, encoding="utf-8", newline="") as sheet:
    rows = [[cell.strip() for cell in row] for row in csv.reader(sheet)]
rows = [row for row in rows[1:] if any(row)]
months = [row[0] for row in rows]
rides = [int(row[1]) for row in rows]

total = sum(rides)
change = round((rides[-1] - rides[0]) / rides[0] * 100, 1)
best = rides.index(max(rides))

print(f"Riders took {total:,} rides from {months[0]} to {months[-1]}.")
print(f"Monthly rides increased by {change}% from {months[0]} to {months[-1]}.")
print(f"The busiest month was {months[best]}, with {rides[best]:,} rides.")
