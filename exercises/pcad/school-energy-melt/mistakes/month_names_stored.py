# Mistake: stores the month as its column name ("Jan") instead of its number,
# so the database mixes text and numbers and sorts months alphabetically.
# Load a wide spreadsheet of meter readings into the school's database, in
# long format (one row per building and month), with pandas.
import sqlite3

import pandas as pd

DATABASE = "/tmp/energy.db"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def tidy(path):
    """Return a wide CSV file as building, month, kwh rows (kwh NaN if blank)."""
    wide = pd.read_csv(path, dtype=str)
    wide["building"] = wide["building"].str.strip()
    long = wide.melt(id_vars="building", var_name="month", value_name="kwh")
    long["kwh"] = pd.to_numeric(long["kwh"].str.replace(",", "").str.strip(),
                                errors="coerce")
    return long


def main():
    path = input().strip()
    year = int(input())
    long = tidy(path)
    months = list(long["month"].unique())
    long = long.dropna(subset=["kwh"])          # no reading, no row

    with sqlite3.connect(DATABASE) as con:
        # Importing a year again replaces its readings of the same months.
        con.executemany(
            "DELETE FROM readings WHERE year = ? AND month = ?",
            [(year, month) for month in months])
        con.executemany(
            "INSERT INTO readings (year, building, month, kwh) VALUES (?, ?, ?, ?)",
            [(year, row.building, row.month, float(row.kwh))
             for row in long.itertuples()])

    totals = (long.groupby("building")["kwh"].agg(["sum", "count"])
              .sort_values("sum", ascending=False))
    for building, row in totals.iterrows():
        count = int(row["count"])
        print(f"{building}: {row['sum']:.1f} kWh in {count} "
              f"{'month' if count == 1 else 'months'}")


if __name__ == "__main__":
    main()
