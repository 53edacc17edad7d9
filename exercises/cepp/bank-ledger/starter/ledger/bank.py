"""The event-sourced state: balances are derived only from applied events.

TODO: record() must number, apply, store and publish each event; _apply() must
change the balances; make the bank picklable even when an observer holds a
stream (__getstate__/__setstate__).
"""

from collections import namedtuple

from ledger.errors import DuplicateAccount, InsufficientFunds, UnknownAccount
from ledger.money import fmt

Event = namedtuple("Event", "seq kind account amount")


class Bank:
    def __init__(self):
        self.balances = {}
        self.events = []
        self._observers = []

    @classmethod
    def from_events(cls, events):
        """TODO: rebuild a bank by replaying events."""
        return cls()

    def subscribe(self, observer):
        """Call observer.notify(event, bank) after every new event."""
        self._observers.append(observer)

    def require(self, account):
        if account not in self.balances:
            raise UnknownAccount(f"no account '{account}'")

    def require_funds(self, account, amount):
        self.require(account)
        if self.balances[account] < amount:
            raise InsufficientFunds(f"{account} has {fmt(self.balances[account])}")

    def require_new(self, account):
        if account in self.balances:
            raise DuplicateAccount(f"account '{account}' already exists")

    def record(self, kind, account, amount=0):
        """TODO: append Event(seq, kind, account, amount), apply it, notify observers."""

    def _apply(self, event):
        """TODO: opened / closed / deposited / withdrawn."""
