# Clean this module up to PEP 8 (see README.md): rename everything as the
# table in the statement says, fix the imports, the layout and the
# comparisons. It works as it is; keep it working.
from tabulate import tabulate
import sys, json
from decimal import Decimal, ROUND_HALF_UP
taxRate = Decimal("0.20")
CENT=Decimal("0.01")
class invoice_line:
    def __init__(self, Description, unitPrice, Qty=1):
        self.Description = Description
        self.unitPrice = Decimal(unitPrice)
        self.Qty = Qty
    def Total(self):
        return (self.unitPrice * self.Qty).quantize(CENT, rounding=ROUND_HALF_UP)
def parseLine(rawText):
    try:
        name, price, qty = rawText.split(";")
    except:
        return None
    if qty == None or qty.strip() == "": qty = "1"
    return invoice_line(name.strip(), price.strip(), int(qty))
calcTax = lambda amount: (amount * taxRate).quantize(CENT, rounding=ROUND_HALF_UP)
def invoiceTotals(Lines):
    subTotal = sum((l.Total() for l in Lines), Decimal("0"))
    Tax = calcTax(subTotal)
    return {"subtotal": str(subTotal), "tax": str(Tax), "total": str(subTotal + Tax)}
import datetime
def renderInvoice(Lines, issuedOn = None):
    if type(issuedOn) == str:
        issuedOn = datetime.date.fromisoformat(issuedOn)
    if issuedOn == None: issuedOn = datetime.date(2026, 1, 1)
    rows = [[l.Description, l.Qty, str(l.unitPrice), str(l.Total())] for l in Lines]
    table = tabulate(rows, headers=["item", "qty", "unit", "amount"], tablefmt="simple")
    totals = invoiceTotals(Lines)
    return "Invoice of " + issuedOn.isoformat() + "\n" + table + "\n" + "total due: " + totals["total"]
if __name__ == "__main__":
    lines = [parseLine(line) for line in sys.stdin if line.strip()]
    lines = [line for line in lines if line != None]
    print(renderInvoice(lines))
    print(json.dumps(invoiceTotals(lines)))
