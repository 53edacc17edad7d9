"""The ledger's exceptions."""


class LedgerError(Exception):
    """Base of every refusal of the ledger."""


class UnknownAccount(LedgerError):
    """No account by that name."""


class DuplicateAccount(LedgerError):
    """An account by that name already exists."""


class InsufficientFunds(LedgerError):
    """A withdrawal larger than the balance."""


class InvalidAmount(LedgerError):
    """An amount that is not a positive number of cents."""


class CommandFailed(LedgerError):
    """A command was refused; `__cause__` holds the reason."""
