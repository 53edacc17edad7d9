# Mistake: strips the product names but does not lower-case them, so
# "Espresso Beans 1kg" (Lyon) and "ESPRESSO BEANS 1KG" (Gdansk) become two products.
"""Merge one week of sales from three branches that each export a different format."""
import os

import pandas as pd

BRANCHES = ["lyon", "porto", "gdansk"]


def clean_product(name):
    """Strip a product name."""
    return str(name).strip()


def read_lyon(folder):
    """Lyon: semicolons, decimal commas and thousands dots."""
    frame = pd.read_csv(f"{folder}/lyon.csv", sep=";", decimal=",", thousands=".")
    return frame[["product", "quantity", "unit_price"]]


def read_porto(folder):
    """Porto: a JSON list of orders, where the shop system repeats some orders."""
    frame = pd.read_json(f"{folder}/porto.json")
    dropped = int(frame.duplicated(subset="order").sum())
    frame = frame.drop_duplicates(subset="order")
    frame = frame.rename(columns={"item": "product", "qty": "quantity", "price": "unit_price"})
    return frame[["product", "quantity", "unit_price"]], dropped


def read_gdansk(folder):
    """Gdansk: one <sale> element per sale."""
    frame = pd.read_xml(f"{folder}/gdansk.xml", xpath="//sale")
    return frame[["product", "quantity", "unit_price"]]


def main():
    folder = input().strip().rstrip("/")
    porto, dropped = read_porto(folder)
    frames = {"lyon": read_lyon(folder), "porto": porto, "gdansk": read_gdansk(folder)}

    parts = []
    for branch, frame in frames.items():
        frame = frame.copy()
        frame["branch"] = branch
        frame["product"] = frame["product"].map(clean_product)
        frame["revenue"] = frame["quantity"] * frame["unit_price"]
        parts.append(frame)
    sales = pd.concat(parts, ignore_index=True)

    table = sales.pivot_table(index="product", columns="branch", values="revenue",
                              aggfunc="sum", fill_value=0.0)
    table = table.reindex(columns=BRANCHES, fill_value=0.0)
    table["total"] = table.sum(axis=1)
    table = table.round(2).reset_index()
    table = table.sort_values(["total", "product"], ascending=[False, True])

    os.makedirs("/tmp/out", exist_ok=True)
    table.to_csv("/tmp/out/sales_by_product.csv", index=False, float_format="%.2f")

    for branch in BRANCHES:
        rows = sales[sales["branch"] == branch]
        print(f"{branch}: revenue {rows['revenue'].sum():.2f} EUR, records {len(rows)}")
    print(f"repeated Porto orders dropped: {dropped}")
    print(f"total: {sales['revenue'].sum():.2f} EUR")


main()
