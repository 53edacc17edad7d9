# Mistake: renames the functions, the class and the constant, fixes imports,
# layout and comparisons, but leaves the arguments, the local variables and
# the attributes in their old style (Lines, subTotal, self.unitPrice, l).
"""Invoice lines, totals with VAT and a printable invoice."""
import datetime
import json
import sys
from decimal import ROUND_HALF_UP, Decimal

from tabulate import tabulate

TAX_RATE = Decimal("0.20")
CENT = Decimal("0.01")


class InvoiceLine:
    """One line of an invoice."""

    def __init__(self, description, unit_price, qty=1):
        self.description = description
        self.unitPrice = Decimal(unit_price)
        self.unit_price = self.unitPrice
        self.qty = qty

    def total(self):
        """The price of the line, rounded to the cent."""
        Amount = self.unitPrice * self.qty
        return Amount.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_line(rawText):
    """An InvoiceLine from 'name;price;qty', or None."""
    try:
        name, price, qty = rawText.split(";")
    except ValueError:
        return None
    if qty is None or qty.strip() == "":
        qty = "1"
    return InvoiceLine(name.strip(), price.strip(), int(qty))


def calc_tax(amount):
    """The VAT on an amount, rounded to the cent."""
    return (amount * TAX_RATE).quantize(CENT, rounding=ROUND_HALF_UP)


def invoice_totals(Lines):
    """The subtotal, the tax and the total of the lines, as strings."""
    subTotal = sum((l.total() for l in Lines), Decimal("0"))
    tax = calc_tax(subTotal)
    return {"subtotal": str(subTotal), "tax": str(tax),
            "total": str(subTotal + tax)}


def render_invoice(Lines, issuedOn=None):
    """The invoice as text."""
    if isinstance(issuedOn, str):
        issuedOn = datetime.date.fromisoformat(issuedOn)
    if issuedOn is None:
        issuedOn = datetime.date(2026, 1, 1)
    rows = [[l.description, l.qty, str(l.unit_price), str(l.total())]
            for l in Lines]
    table = tabulate(rows, headers=["item", "qty", "unit", "amount"],
                     tablefmt="simple")
    totals = invoice_totals(Lines)
    return ("Invoice of " + issuedOn.isoformat() + "\n" + table + "\n"
            + "total due: " + totals["total"])


if __name__ == "__main__":
    lines = [parse_line(line) for line in sys.stdin if line.strip()]
    lines = [line for line in lines if line is not None]
    print(render_invoice(lines))
    print(json.dumps(invoice_totals(lines)))
