# Convert the supplier's Latin-1, semicolon-separated price list to a clean UTF-8 CSV.
import csv
import os

path = input().strip()
products = []  # (name, category, price) for each product with a price
skipped = 0

# TODO: open the export with encoding="latin-1" and newline="", read it with
#       csv.reader(..., delimiter=";"), skip the header and blank rows.
# TODO: strip the cells; count and skip a row whose price is empty; turn a
#       price such as "1.249,00" into the float 1249.0.

# TODO: write /tmp/out/prices.csv (UTF-8, csv.writer) with the header
#       product,category,price_eur and the prices with 2 decimals.

print(f"converted: {len(products)}")
print(f"skipped (no price): {skipped}")
# TODO: print the most expensive product (the first one on a tie), or none.
print("most expensive: none")
