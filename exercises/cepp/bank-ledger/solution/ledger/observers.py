"""Observers of the bank's events."""

import sys

from ledger.money import fmt


class LowBalanceAlert:
    """Writes an alert when an event takes a balance from >= threshold to below it."""

    def __init__(self, threshold, out=None):
        self.threshold = threshold
        self.out = out if out is not None else sys.stdout

    def notify(self, event, bank):
        if event.kind != "withdrawn":
            return
        after = bank.balances[event.account]
        if after < self.threshold <= after + event.amount:
            print(f"alert: {event.account} is below {fmt(self.threshold)} ({fmt(after)})",
                  file=self.out)
