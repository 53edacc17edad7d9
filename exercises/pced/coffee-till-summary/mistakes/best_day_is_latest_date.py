# Mistake: max() over the dict of totals compares its keys, the dates, so
# the "best day" is simply the last day instead of the day with most money.
import csv

path = input().strip()
sales_by_day = {}  # "YYYY-MM-DD" -> list of receipt amounts

with open(path, encoding="utf-8", newline="") as till:
    reader = csv.reader(till)
    next(reader)  # header: register,time,amount
    for row in reader:
        if not row:
            continue
        register, time, amount = row
        amount = float(amount)
        if amount == 0:  # a voided receipt
            continue
        day = time.split()[0]
        sales_by_day.setdefault(day, []).append(amount)


def summary_line(label, amounts):
    """Return one line: count, total, smallest, largest and average sale."""
    total = sum(amounts)
    average = round(total / len(amounts), 2)
    return (f"{label:<10} {len(amounts):>5} {total:>8.2f} {min(amounts):>6.2f}"
            f" {max(amounts):>6.2f} {average:>8.2f}")


if not sales_by_day:
    print("no sales")
else:
    print(f"{'day':<10} {'sales':>5} {'total':>8} {'min':>6} {'max':>6} {'average':>8}")
    all_sales = []
    for day in sorted(sales_by_day):
        print(summary_line(day, sales_by_day[day]))
        all_sales += sales_by_day[day]
    print(summary_line("all", all_sales))
    totals = {day: round(sum(amounts), 2) for day, amounts in sales_by_day.items()}
    best = max(totals)
    print(f"best day: {best} {totals[best]:.2f}")
