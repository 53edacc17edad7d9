# Mistake: builds the SQL with f-strings instead of ? placeholders. It works for
# "Head torch", but the apostrophe in "O'Brien's solder wire" ends the SQL string
# early: sqlite3.OperationalError (syntax error), and a product name containing
# SQL could even run it. Values belong in execute()'s second argument.
import shlex
import sqlite3
import sys

DATABASE = "/tmp/warehouse.db"
LOW_STOCK = 5


class MovementError(Exception):
    """A movement that cannot be applied."""


def read_batches(text):
    batches = [[]]
    for line in text.splitlines():
        line = line.strip()
        if line:
            batches[-1].append(line)
        elif batches[-1]:
            batches.append([])
    return [batch for batch in batches if batch]


def apply(con, line):
    words = shlex.split(line)
    command, sku = words[0], words[1]
    row = con.execute(f"SELECT qty FROM stock WHERE sku = '{sku}'").fetchone()
    if command == "NEW":
        if row is not None:
            raise MovementError("already exists")
        name, price = words[2], float(words[3])
        con.execute(
            f"INSERT INTO stock (sku, name, price, qty) VALUES ('{sku}', '{name}', {price}, 0)"
        )
        return
    if row is None:
        raise MovementError("unknown product")
    in_stock = row[0]
    if command == "RETIRE":
        if in_stock > 0:
            raise MovementError(f"still {in_stock} in stock")
        con.execute(f"DELETE FROM stock WHERE sku = '{sku}'")
        return
    change = int(words[2]) if command == "IN" else -int(words[2])
    if in_stock + change < 0:
        raise MovementError(f"only {in_stock} in stock")
    con.execute(f"UPDATE stock SET qty = qty + {change} WHERE sku = '{sku}'")
    con.execute(f"INSERT INTO movements (sku, change) VALUES ('{sku}', {change})")


con = sqlite3.connect(DATABASE)
for number, batch in enumerate(read_batches(sys.stdin.read()), start=1):
    try:
        with con:
            for position, line in enumerate(batch, start=1):
                apply(con, line)
    except MovementError as error:
        print(f"batch {number}: rolled back at line {position}: {error}")
    else:
        print(f"batch {number}: committed")

low = con.execute(
    f"SELECT sku, name, qty FROM stock WHERE qty < {LOW_STOCK} ORDER BY sku"
).fetchall()
if low:
    print("low stock:")
    for sku, name, qty in low:
        print(f"  {sku} {name}: {qty}")
else:
    print("low stock: none")
con.close()
