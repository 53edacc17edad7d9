# Convert the supplier's Latin-1, semicolon-separated price list to a clean UTF-8 CSV.
import csv
import os


def parse_price(text):
    """Turn a French-style price such as '1.249,00' into the float 1249.0."""
    return float(text.replace(".", "").replace(",", "."))


path = input().strip()
products = []
skipped = 0

with open(path, encoding="latin-1", newline="") as export:
    rows = csv.reader(export, delimiter=";")
    next(rows)  # the header: Produit;Catégorie;Prix
    for row in rows:
        if not row:  # a blank line
            continue
        name, category, price = (cell.strip() for cell in row)
        if price == "":
            skipped += 1
            continue
        products.append((name, category, parse_price(price)))

os.makedirs("/tmp/out", exist_ok=True)
with open("/tmp/out/prices.csv", "w", encoding="utf-8", newline="") as output:
    writer = csv.writer(output)
    writer.writerow(["product", "category", "price_eur"])
    for name, category, price in products:
        writer.writerow([name, category, f"{price:.2f}"])

print(f"converted: {len(products)}")
print(f"skipped (no price): {skipped}")
best = None
for product in products:
    if best is None or product[2] > best[2]:
        best = product
if best is None:
    print("most expensive: none")
else:
    print(f"most expensive: {best[0]}, {best[2]:.2f} EUR")
