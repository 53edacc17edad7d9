"""Commands (execute/undo) and the Teller that runs them and keeps the undo stack.

TODO: Withdraw and Transfer, every undo(), and Teller.run/undo (chain refusals
into CommandFailed with `raise ... from error`).
"""

from abc import ABC, abstractmethod

from ledger.errors import CommandFailed, LedgerError
from ledger.money import fmt


class Command(ABC):
    @abstractmethod
    def execute(self, bank):
        """Check everything first, then record the events."""

    @abstractmethod
    def undo(self, bank):
        """Record the events that compensate for execute()."""


class Open(Command):
    def __init__(self, account):
        self.account = account

    def execute(self, bank):
        bank.require_new(self.account)
        bank.record("opened", self.account)

    def undo(self, bank):
        pass  # TODO

    def __str__(self):
        return f"open {self.account}"


class Deposit(Command):
    def __init__(self, account, amount):
        self.account, self.amount = account, amount

    def execute(self, bank):
        bank.require(self.account)
        bank.record("deposited", self.account, self.amount)

    def undo(self, bank):
        pass  # TODO

    def __str__(self):
        return f"deposit {fmt(self.amount)} to {self.account}"


class Withdraw(Command):
    def __init__(self, account, amount):
        self.account, self.amount = account, amount

    def execute(self, bank):
        pass  # TODO

    def undo(self, bank):
        pass  # TODO

    def __str__(self):
        return f"withdraw {fmt(self.amount)} from {self.account}"


class Transfer(Command):
    def __init__(self, source, target, amount):
        self.source, self.target, self.amount = source, target, amount

    def execute(self, bank):
        pass  # TODO: all or nothing

    def undo(self, bank):
        pass  # TODO

    def __str__(self):
        return f"transfer {fmt(self.amount)} from {self.source} to {self.target}"


class Teller:
    def __init__(self, bank):
        self.bank = bank
        self.history = []

    def run(self, command):
        """TODO: execute; wrap a LedgerError in CommandFailed; remember successes."""
        command.execute(self.bank)
        return command

    def undo(self):
        """TODO: undo the last successful command (LedgerError 'nothing to undo')."""
        raise LedgerError("nothing to undo")
