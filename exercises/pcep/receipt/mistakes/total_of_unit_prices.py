# Mistake: the TOTAL adds up the unit prices, forgetting to multiply by the quantity.
items = []
line = input()
while line != "":
    name, quantity, price = line.split(",")
    items.append((name, int(quantity), float(price)))
    line = input()

if not items:
    print("No items.")
else:
    grand_total = 0.0
    item_count = 0
    for name, quantity, price in items:
        grand_total += price
        item_count += quantity
        print(f"{name:<16}{quantity:>3} x {price:>7.2f}{quantity * price:>9.2f}")
    print("-" * 38)
    print(f"{'TOTAL':<29}{grand_total:>9.2f}")
    print(f"Items: {item_count}")
