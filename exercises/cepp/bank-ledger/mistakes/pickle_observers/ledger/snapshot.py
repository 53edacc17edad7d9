"""Pickle snapshots of the bank, and the CSV export of its events."""

import csv
import os
import pickle

from ledger.money import fmt


def save(bank, path):
    """Write the bank (state and events, never observers) to `path`."""
    folder = os.path.dirname(path)
    if folder and not os.path.isdir(folder):
        os.makedirs(folder)
    with open(path, "wb") as file:
        pickle.dump(bank, file)


def load(path):
    """The bank saved at `path`, with no observers."""
    with open(path, "rb") as file:
        return pickle.load(file)


def export_csv(bank, path):
    """Write the event log as CSV: seq,kind,account,amount (amount like 12.50)."""
    folder = os.path.dirname(path)
    if folder and not os.path.isdir(folder):
        os.makedirs(folder)
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["seq", "kind", "account", "amount"])
        for event in bank.events:
            writer.writerow([event.seq, event.kind, event.account, fmt(event.amount)])
