# Read the folder from standard input, merge orders.csv with products.csv and
# customers.json, then write /tmp/out/revenue.csv and
# /tmp/out/orders_per_month.csv and print one line (see README.md).
import os

import pandas as pd

folder = input().strip()
orders = pd.read_csv(f"{folder}/orders.csv", dtype={"customer_id": str})
os.makedirs("/tmp/out", exist_ok=True)
# TODO: clean the ids, merge, pivot_table and crosstab
print(f"orders: {len(orders)}, unknown customers: 0, unknown products: 0")
