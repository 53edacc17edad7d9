# Stock ledger: book batches of stock movements in the warehouse database,
# one transaction per batch, then list the products with low stock.
import shlex
import sqlite3
import sys

DATABASE = "/tmp/warehouse.db"  # the writable copy (never /data/warehouse.db)
LOW_STOCK = 5


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


def main():
    con = sqlite3.connect(DATABASE)
    for number, batch in enumerate(read_batches(sys.stdin.read()), start=1):
        for position, line in enumerate(batch, start=1):
            words = shlex.split(line)  # keeps a quoted name in one piece
            # TODO: apply the movement with ? placeholders (never f-strings):
            #       NEW inserts into stock, IN/OUT update qty and add a row to
            #       movements, RETIRE deletes. Refuse a line for the reasons of
            #       the statement.
        # TODO: commit the batch if every line was accepted, otherwise roll the
        #       whole batch back and report the refused line and its reason.
        print(f"batch {number}: not booked yet")

    # TODO: SELECT the products with qty below LOW_STOCK, ordered by sku, and
    #       print the "low stock:" report.
    con.close()


if __name__ == "__main__":
    main()
