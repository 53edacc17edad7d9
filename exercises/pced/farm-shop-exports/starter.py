# Audit a week of the farm shop's till exports: one CSV file per day.
import csv
import math
import os
import statistics
from collections import Counter

CASH_BAG_LIMIT = 200  # the bank takes cash in sealed bags of at most 200 EUR

folder = input().strip()
target = float(input())

# TODO: keep the names of os.listdir(folder) that start with "sales-" and end
#       with ".csv", in date order.
names = []
print(f"files: {len(names)}")

# TODO: read each sales file with csv.reader: count the sales, the payment
#       methods (a Counter, stripped and lower-cased), the day's revenue and
#       the cash.
# TODO: print the dates, transactions, payments, revenue (total, median,
#       stdev) and the cash bags (math.ceil).
# TODO: find the first day over the target with a for loop and its else
#       branch.
print("no sales files found")
