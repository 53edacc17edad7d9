# Mistake: never prints "No items."; an empty basket gets a receipt with a 0.00 total.
grand_total = 0.0
item_count = 0
line = input()
while line != "":
    name, quantity, price = line.split(",")
    quantity = int(quantity)
    price = float(price)
    line_total = quantity * price
    grand_total += line_total
    item_count += quantity
    print(f"{name:<16}{quantity:>3} x {price:>7.2f}{line_total:>9.2f}")
    line = input()
print("-" * 38)
print(f"{'TOTAL':<29}{grand_total:>9.2f}")
print(f"Items: {item_count}")
