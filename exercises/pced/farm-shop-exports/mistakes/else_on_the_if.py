# Mistake: puts the else on the if inside the loop instead of on the for loop,
# so "no day over" is printed for every day below the target.
import csv
import math
import os
import statistics
from collections import Counter

CASH_BAG_LIMIT = 200  # the bank takes cash in sealed bags of at most 200 EUR

folder = input().strip()
target = float(input())

names = sorted(
    name for name in os.listdir(folder)
    if name.startswith("sales-") and name.endswith(".csv")
)
print(f"files: {len(names)}")

if not names:
    print("no sales files found")
else:
    days = []  # (date, revenue) in date order
    payments = Counter()
    cash = 0.0
    transactions = 0
    for name in names:
        date = name[len("sales-"):-len(".csv")]
        revenue = 0.0
        with open(os.path.join(folder, name), encoding="utf-8", newline="") as export:
            rows = csv.reader(export)
            next(rows)  # the header: time,item,payment,amount
            for row in rows:
                if not row:
                    continue
                payment = row[2].strip().lower()
                amount = float(row[3])
                payments[payment] += 1
                revenue += amount
                transactions += 1
                if payment == "cash":
                    cash += amount
        days.append((date, revenue))

    print(f"first: {days[0][0]}, last: {days[-1][0]}")
    print(f"transactions: {transactions}")
    ranked = sorted(payments.items(), key=lambda pair: (-pair[1], pair[0]))
    print("payments: " + ", ".join(f"{kind} {count}" for kind, count in ranked))

    revenues = [revenue for _, revenue in days]
    total = sum(revenues)
    median = statistics.median(revenues)
    if len(revenues) >= 2:
        spread = f"{statistics.stdev(revenues):.2f}"
    else:
        spread = "n/a"
    print(f"revenue: total {total:.2f}, median day {median:.2f}, stdev {spread}")
    print(f"cash bags: {math.ceil(cash / CASH_BAG_LIMIT)}")

    for date, revenue in days:
        if revenue > target:
            print(f"first day over {target:.2f}: {date}")
            break
        else:
            print(f"no day over {target:.2f}")
