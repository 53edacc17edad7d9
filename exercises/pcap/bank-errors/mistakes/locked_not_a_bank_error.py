# Mistake: AccountLocked inherits from Exception instead of BankError, so `except BankError`
# does not catch it and safe_withdraw crashes on a locked account.
class BankError(Exception):
    """Base class of every error the bank raises on purpose."""


class InsufficientFunds(BankError):
    """A withdrawal asked for more money than the account holds."""

    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount}: balance is {balance}")
        self.balance = balance
        self.amount = amount
        self.shortfall = amount - balance


class AccountLocked(Exception):
    """The account is locked: no money moves in or out."""

    def __init__(self, owner):
        super().__init__(f"account of {owner} is locked")
        self.owner = owner


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.locked = False

    def lock(self):
        self.locked = True

    def deposit(self, amount):
        if self.locked:
            raise AccountLocked(self.owner)
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self.balance

    def withdraw(self, amount):
        if self.locked:
            raise AccountLocked(self.owner)
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance


def safe_withdraw(account, amount):
    """Withdraw and describe the outcome; bank errors become a refusal text."""
    try:
        balance = account.withdraw(amount)
    except BankError as e:
        return f"refused: {e}"
    return f"ok: balance is {balance}"
