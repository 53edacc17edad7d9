# Mistake: the command goes on the undo stack before it runs, so a refused
# command can be 'undone' and its compensating events invent money.
"""Commands (execute/undo) and the Teller that runs them and keeps the undo stack."""

from abc import ABC, abstractmethod

from ledger.errors import CommandFailed, LedgerError
from ledger.money import fmt


class Command(ABC):
    """A request against the bank that can be undone by compensating events."""

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
        bank.record("closed", self.account)

    def __str__(self):
        return f"open {self.account}"


class Deposit(Command):
    def __init__(self, account, amount):
        self.account, self.amount = account, amount

    def execute(self, bank):
        bank.require(self.account)
        bank.record("deposited", self.account, self.amount)

    def undo(self, bank):
        bank.record("withdrawn", self.account, self.amount)

    def __str__(self):
        return f"deposit {fmt(self.amount)} to {self.account}"


class Withdraw(Command):
    def __init__(self, account, amount):
        self.account, self.amount = account, amount

    def execute(self, bank):
        bank.require_funds(self.account, self.amount)
        bank.record("withdrawn", self.account, self.amount)

    def undo(self, bank):
        bank.record("deposited", self.account, self.amount)

    def __str__(self):
        return f"withdraw {fmt(self.amount)} from {self.account}"


class Transfer(Command):
    def __init__(self, source, target, amount):
        self.source, self.target, self.amount = source, target, amount

    def execute(self, bank):
        # Every check before the first event: a transfer is all or nothing.
        bank.require_funds(self.source, self.amount)
        bank.require(self.target)
        bank.record("withdrawn", self.source, self.amount)
        bank.record("deposited", self.target, self.amount)

    def undo(self, bank):
        bank.record("withdrawn", self.target, self.amount)
        bank.record("deposited", self.source, self.amount)

    def __str__(self):
        return f"transfer {fmt(self.amount)} from {self.source} to {self.target}"


class Teller:
    """Invoker: runs commands, remembers the successful ones for undo."""

    def __init__(self, bank):
        self.bank = bank
        self.history = []

    def run(self, command):
        self.history.append(command)
        try:
            command.execute(self.bank)
        except LedgerError as error:
            raise CommandFailed(f"{command} failed") from error
        return command

    def undo(self):
        if not self.history:
            raise LedgerError("nothing to undo")
        command = self.history.pop()
        command.undo(self.bank)
        return command
