# Corner-shop till: read the basket, print an aligned receipt.

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
        line_total = quantity * price
        grand_total += line_total
        item_count += quantity
        print(f"{name:<16}{quantity:>3} x {price:>7.2f}{line_total:>9.2f}")
    print("-" * 38)
    print(f"{'TOTAL':<29}{grand_total:>9.2f}")
    print(f"Items: {item_count}")
