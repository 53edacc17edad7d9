"""Observers of the bank's events."""

import sys


class LowBalanceAlert:
    """TODO: print an alert when a withdrawal takes a balance from >= threshold to below it."""

    def __init__(self, threshold, out=None):
        self.threshold = threshold
        self.out = out if out is not None else sys.stdout

    def notify(self, event, bank):
        pass
