# Mistake: splits each line with .split(";") instead of using csv.reader, so a
# quoted name that contains a semicolon ("Sucre glace; extra fin") is cut in two.
import csv
import os


def parse_price(text):
    return float(text.replace(".", "").replace(",", "."))


path = input().strip()
products = []
skipped = 0

with open(path, encoding="latin-1") as export:
    lines = export.read().splitlines()
for line in lines[1:]:
    if line.strip() == "":
        continue
    cells = [cell.strip() for cell in line.split(";")]
    name, category, price = cells[0], cells[1], cells[-1]
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
