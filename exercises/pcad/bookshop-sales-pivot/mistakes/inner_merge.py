# Mistake: merges the customers with an inner join, which silently drops the
# orders of customers missing from customers.json instead of keeping them.
# Monthly report of a bookshop chain: merge three sources, pivot and crosstab.
import os

import pandas as pd


def main():
    folder = input().strip()
    orders = pd.read_csv(f"{folder}/orders.csv", dtype={"customer_id": str})
    products = pd.read_csv(f"{folder}/products.csv")
    customers = pd.read_json(f"{folder}/customers.json", dtype={"customer_id": str})

    # The shop assistants type the customer ids by hand: " c007" is C007.
    orders["customer_id"] = orders["customer_id"].str.strip().str.upper()

    # A left merge keeps every order; unmatched rows get NaN.
    sales = orders.merge(products, on="product_id", how="left")
    unknown_products = int(sales["price"].isna().sum())
    sales = sales.dropna(subset=["price"])          # no price, no revenue
    sales = sales.merge(customers, on="customer_id")
    unknown_customers = int(sales["region"].isna().sum())
    sales["region"] = sales["region"].fillna("unknown")

    sales["revenue"] = sales["qty"] * sales["price"]
    sales["month"] = sales["date"].str[:7]

    revenue = pd.pivot_table(sales, index="region", columns="category",
                             values="revenue", aggfunc="sum", fill_value=0,
                             margins=True, margins_name="total").round(2)
    per_month = pd.crosstab(sales["region"], sales["month"])

    os.makedirs("/tmp/out", exist_ok=True)
    revenue.to_csv("/tmp/out/revenue.csv")
    per_month.to_csv("/tmp/out/orders_per_month.csv")
    print(f"orders: {len(sales)}, unknown customers: {unknown_customers}, "
          f"unknown products: {unknown_products}")


if __name__ == "__main__":
    main()
