# Stock ledger: apply batches of stock movements to the warehouse database,
# one transaction per batch, and report low stock.
import shlex
import sqlite3
import sys

DATABASE = "/tmp/warehouse.db"
LOW_STOCK = 5


class MovementError(Exception):
    """A movement that cannot be applied; its message goes into the report."""


def read_batches(text):
    """Split the input into batches of lines separated by empty lines."""
    batches = [[]]
    for line in text.splitlines():
        line = line.strip()
        if line:
            batches[-1].append(line)
        elif batches[-1]:
            batches.append([])
    return [batch for batch in batches if batch]


def apply(con, line):
    """Apply one movement in the open transaction or raise MovementError."""
    words = shlex.split(line)  # keeps "O'Brien's solder wire" in one piece
    command, sku = words[0], words[1]
    row = con.execute("SELECT qty FROM stock WHERE sku = ?", (sku,)).fetchone()
    if command == "NEW":
        if row is not None:
            raise MovementError("already exists")
        name, price = words[2], float(words[3])
        con.execute(
            "INSERT INTO stock (sku, name, price, qty) VALUES (?, ?, ?, 0)",
            (sku, name, price),
        )
        return
    if row is None:
        raise MovementError("unknown product")
    in_stock = row[0]
    if command == "RETIRE":
        if in_stock > 0:
            raise MovementError(f"still {in_stock} in stock")
        con.execute("DELETE FROM stock WHERE sku = ?", (sku,))
        return
    change = int(words[2]) if command == "IN" else -int(words[2])
    if in_stock + change < 0:
        raise MovementError(f"only {in_stock} in stock")
    con.execute("UPDATE stock SET qty = qty + ? WHERE sku = ?", (change, sku))
    con.execute(
        "INSERT INTO movements (sku, change) VALUES (?, ?)", (sku, change)
    )


def main():
    con = sqlite3.connect(DATABASE)
    for number, batch in enumerate(read_batches(sys.stdin.read()), start=1):
        try:
            with con:  # commits at the end, rolls back on an exception
                for position, line in enumerate(batch, start=1):
                    apply(con, line)
        except MovementError as error:
            # `position` is still the number of the line that was refused
            print(f"batch {number}: rolled back at line {position}: {error}")
        else:
            print(f"batch {number}: committed")

    low = con.execute(
        "SELECT sku, name, qty FROM stock WHERE qty < ? ORDER BY sku",
        (LOW_STOCK,),
    ).fetchall()
    if low:
        print("low stock:")
        for sku, name, qty in low:
            print(f"  {sku} {name}: {qty}")
    else:
        print("low stock: none")
    con.close()


if __name__ == "__main__":
    main()
