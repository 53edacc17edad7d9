# Mistake: uses statistics.stdev, the sample standard deviation (divides by
# n - 1), although the log is the whole week: the range is too wide, so a
# borderline delivery is missed (and a single delivery crashes).
import csv
import statistics

path = input().strip()
deliveries = []  # (order, courier, minutes) of the orders that were delivered

with open(path, encoding="utf-8", newline="") as log:
    reader = csv.reader(log)
    next(reader)  # header: order,courier,minutes
    for row in reader:
        if not row:
            continue
        order, courier, minutes = (cell.strip() for cell in row)
        if minutes == "":  # a cancelled order
            continue
        deliveries.append((order, courier, int(minutes)))

print(f"deliveries: {len(deliveries)}")
if deliveries:
    times = [minutes for _, _, minutes in deliveries]
    mean = statistics.mean(times)
    spread = statistics.stdev(times)
    low, high = mean - 2 * spread, mean + 2 * spread
    outliers = [d for d in deliveries if d[2] < low or d[2] > high]
    outliers.sort(key=lambda d: d[2], reverse=True)

    print(f"mean: {mean:.2f}")
    print(f"standard deviation: {spread:.2f}")
    print(f"normal range: {low:.2f} to {high:.2f}")
    print(f"outliers: {len(outliers)}")
    for order, courier, minutes in outliers:
        print(order, courier, minutes)
