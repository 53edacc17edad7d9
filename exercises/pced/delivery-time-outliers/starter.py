# Flag deliveries that took unusually long or were suspiciously fast.
import csv
import statistics

path = input().strip()
deliveries = []

# TODO: read the log with csv.reader (encoding="utf-8", newline=""), skip the
#       header, and keep (order, courier, int(minutes)) for every row whose
#       minutes cell is not empty.
# TODO: compute the mean (statistics.mean) and the population standard
#       deviation (statistics.pstdev) of the times.
# TODO: the outliers are strictly outside mean - 2 * sd .. mean + 2 * sd;
#       print the report with the outliers slowest first.
print(f"deliveries: {len(deliveries)}")
