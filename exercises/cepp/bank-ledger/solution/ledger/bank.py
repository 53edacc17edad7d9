"""The event-sourced state: balances are derived only from applied events."""

from collections import namedtuple

from ledger.errors import (DuplicateAccount, InsufficientFunds,
                           UnknownAccount)
from ledger.money import fmt

Event = namedtuple("Event", "seq kind account amount")


class Bank:
    """Accounts and their balances, changed only through events; observable."""

    def __init__(self):
        self.balances = {}
        self.events = []
        self._observers = []

    @classmethod
    def from_events(cls, events):
        """Rebuild a bank by replaying events (no observers are notified)."""
        bank = cls()
        for event in events:
            bank._apply(event)
            bank.events.append(event)
        return bank

    # --- observers -------------------------------------------------------
    def subscribe(self, observer):
        """Call observer.notify(event, bank) after every new event."""
        self._observers.append(observer)

    def __getstate__(self):
        """Pickle the state only: observers may hold streams or lambdas."""
        state = self.__dict__.copy()
        del state["_observers"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._observers = []

    # --- checks ----------------------------------------------------------
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

    # --- events ----------------------------------------------------------
    def record(self, kind, account, amount=0):
        """Append a new event, apply it and notify the observers."""
        event = Event(len(self.events) + 1, kind, account, amount)
        self._apply(event)
        self.events.append(event)
        for observer in self._observers:
            observer.notify(event, self)
        return event

    def _apply(self, event):
        if event.kind == "opened":
            self.balances[event.account] = 0
        elif event.kind == "closed":
            del self.balances[event.account]
        elif event.kind == "deposited":
            self.balances[event.account] += event.amount
        elif event.kind == "withdrawn":
            self.balances[event.account] -= event.amount
        else:
            raise ValueError(f"unknown event kind {event.kind!r}")
