# Mistake: no rollback. At a refused line it stops the batch and prints the right
# message, but then commits anyway, so the lines of the batch before the refused
# one stay booked: a half-packed order is half booked, which is exactly what a
# transaction is there to prevent. A refused batch must end with con.rollback().
import shlex
import sqlite3
import sys

DATABASE = "/tmp/warehouse.db"
LOW_STOCK = 5


def read_batches(text):
    batches = [[]]
    for line in text.splitlines():
        line = line.strip()
        if line:
            batches[-1].append(line)
        elif batches[-1]:
            batches.append([])
    return [batch for batch in batches if batch]


def refusal(con, line):
    """Apply one movement; return the reason it is refused, or None."""
    words = shlex.split(line)
    command, sku = words[0], words[1]
    row = con.execute("SELECT qty FROM stock WHERE sku = ?", (sku,)).fetchone()
    if command == "NEW":
        if row is not None:
            return "already exists"
        con.execute(
            "INSERT INTO stock (sku, name, price, qty) VALUES (?, ?, ?, 0)",
            (sku, words[2], float(words[3])),
        )
        return None
    if row is None:
        return "unknown product"
    if command == "RETIRE":
        if row[0] > 0:
            return f"still {row[0]} in stock"
        con.execute("DELETE FROM stock WHERE sku = ?", (sku,))
        return None
    change = int(words[2]) if command == "IN" else -int(words[2])
    if row[0] + change < 0:
        return f"only {row[0]} in stock"
    con.execute("UPDATE stock SET qty = qty + ? WHERE sku = ?", (change, sku))
    con.execute("INSERT INTO movements (sku, change) VALUES (?, ?)", (sku, change))
    return None


con = sqlite3.connect(DATABASE)
for number, batch in enumerate(read_batches(sys.stdin.read()), start=1):
    for position, line in enumerate(batch, start=1):
        reason = refusal(con, line)
        if reason:
            print(f"batch {number}: rolled back at line {position}: {reason}")
            break
    else:
        print(f"batch {number}: committed")
    con.commit()  # also commits the first lines of a refused batch

low = con.execute(
    "SELECT sku, name, qty FROM stock WHERE qty < ? ORDER BY sku", (LOW_STOCK,)
).fetchall()
if low:
    print("low stock:")
    for sku, name, qty in low:
        print(f"  {sku} {name}: {qty}")
else:
    print("low stock: none")
con.close()
