"""Invoice lines, totals with VAT and a printable invoice."""
import datetime
import json
import sys
from decimal import ROUND_HALF_UP, Decimal

from tabulate import tabulate

TAX_RATE = Decimal("0.20")
CENT = Decimal("0.01")


class InvoiceLine:
    """One line of an invoice: a description, a unit price and a quantity."""

    def __init__(self, description, unit_price, qty=1):
        self.description = description
        self.unit_price = Decimal(unit_price)
        self.qty = qty

    def total(self):
        """The price of the line, rounded to the cent."""
        amount = self.unit_price * self.qty
        return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_line(raw_text):
    """An InvoiceLine from 'name;price;qty', or None if it has not 3 fields."""
    try:
        name, price, qty = raw_text.split(";")
    except ValueError:
        return None
    if qty is None or qty.strip() == "":
        qty = "1"
    return InvoiceLine(name.strip(), price.strip(), int(qty))


def calc_tax(amount):
    """The VAT on an amount, rounded to the cent."""
    return (amount * TAX_RATE).quantize(CENT, rounding=ROUND_HALF_UP)


def invoice_totals(lines):
    """The subtotal, the tax and the total of the lines, as strings."""
    sub_total = sum((line.total() for line in lines), Decimal("0"))
    tax = calc_tax(sub_total)
    return {
        "subtotal": str(sub_total),
        "tax": str(tax),
        "total": str(sub_total + tax),
    }


def render_invoice(lines, issued_on=None):
    """The invoice as text: a date line, a table and the total due."""
    if isinstance(issued_on, str):
        issued_on = datetime.date.fromisoformat(issued_on)
    if issued_on is None:
        issued_on = datetime.date(2026, 1, 1)
    rows = [
        [line.description, line.qty, str(line.unit_price), str(line.total())]
        for line in lines
    ]
    table = tabulate(rows, headers=["item", "qty", "unit", "amount"],
                     tablefmt="simple")
    totals = invoice_totals(lines)
    return (
        "Invoice of " + issued_on.isoformat() + "\n"
        + table + "\n"
        + "total due: " + totals["total"]
    )


if __name__ == "__main__":
    lines = [parse_line(line) for line in sys.stdin if line.strip()]
    lines = [line for line in lines if line is not None]
    print(render_invoice(lines))
    print(json.dumps(invoice_totals(lines)))
