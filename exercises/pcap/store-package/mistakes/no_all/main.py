# Mistake (in store/__init__.py): no __all__, so `from store import *` also
# hands out the submodules `pricing` and `tax`.
"""The till: read the basket from standard input and print the bill."""

from store import format_cents, line_total, tax_on, to_cents


def main():
    subtotal = 0
    total_tax = 0
    count = 0
    while True:
        try:
            line = input()
        except EOFError:
            break
        if line == "":
            break
        name, category, quantity, price = line.split(",")
        cents = line_total(int(quantity), to_cents(price))
        tax = tax_on(cents, category)
        print(f"{name}: {quantity} x {format_cents(to_cents(price))}"
              f" = {format_cents(cents)} + tax {format_cents(tax)}")
        subtotal += cents
        total_tax += tax
        count += 1
    if count == 0:
        print("No items.")
        return
    print(f"Subtotal: {format_cents(subtotal)}")
    print(f"Tax: {format_cents(total_tax)}")
    print(f"Total: {format_cents(subtotal + total_tax)}")


if __name__ == "__main__":
    main()
