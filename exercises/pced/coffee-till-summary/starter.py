# Daily summary of the coffee shop's till export.
import csv

path = input().strip()

# TODO: read the export with csv.reader (encoding="utf-8", newline=""),
#       skip the header, turn each amount into a float and leave out the
#       voided receipts (0.00).
# TODO: group the amounts by day (the date part of the time cell), e.g. in a
#       dict {day: [amounts]}.
# TODO: print the header, one line per day in date order with len(), sum(),
#       min(), max() and the average rounded to 2 decimals, then the "all"
#       line and the best day.
print("no sales")
