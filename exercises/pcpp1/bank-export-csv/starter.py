"""Categorise a bank's CSV export and summarise it, with the csv module."""
import csv
import os
import sys

RULES = "/data/rules.csv"


def main():
    """Read the export, write the ledger and the summary."""
    path = sys.stdin.readline().strip()
    # TODO: read the rules and the export (README.md), then write
    #       /tmp/out/ledger.csv and /tmp/out/summary.csv with csv.DictWriter.
    os.makedirs("/tmp/out", exist_ok=True)
    print("transactions: 0, uncategorised: 0")


if __name__ == "__main__":
    main()
