"""Apply the supplier's weekly price list to the deli's product table."""
import csv
import sqlite3

DATABASE = "/tmp/deli.db"


def to_cents(text):
    """'3.49' -> 349."""
    return round(float(text) * 100)


def apply_line(con, sku, name, cents, status, counts):
    """Create, update or delete one product as the price list says."""
    row = con.execute("SELECT price_cents, stock FROM products WHERE sku = ?",
                      (sku,)).fetchone()
    if status == "discontinued":
        if row is None:
            return
        if row[1] == 0:
            con.execute("DELETE FROM products WHERE sku = ?", (sku,))
            counts["deleted"] += 1
        else:
            con.execute("UPDATE products SET active = 0 WHERE sku = ?", (sku,))
            counts["deactivated"] += 1
    elif row is None:
        con.execute("INSERT INTO products (sku, name, price_cents, stock) "
                    "VALUES (?, ?, ?, 0)", (sku, name, cents))
        counts["added"] += 1
    elif row[0] != cents:
        con.execute("UPDATE products SET price_cents = ? WHERE sku = ?",
                    (cents, sku))
        con.execute("INSERT INTO price_history (sku, old_cents, new_cents) "
                    "VALUES (?, ?, ?)", (sku, row[0], cents))
        counts["updated"] += 1
    else:
        counts["unchanged"] += 1


def main():
    path = input().strip()
    counts = dict.fromkeys(
        ["updated", "added", "deleted", "deactivated", "unchanged"], 0)
    con = sqlite3.connect(DATABASE)
    with open(path, encoding="utf-8", newline="") as file, con:
        for record in csv.DictReader(file):
            record = {key.strip(): value.strip()
                      for key, value in record.items()}
            apply_line(con, record["sku"].upper(), record["name"],
                       to_cents(record["price"]), record["status"].lower(),
                       counts)
    con.close()
    print(", ".join(f"{key} {value}" for key, value in counts.items()))


if __name__ == "__main__":
    main()
