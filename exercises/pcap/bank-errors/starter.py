# Define BankError, InsufficientFunds and AccountLocked (see the README),
# then make Account raise them and safe_withdraw catch them.


class BankError(Exception):
    pass


class InsufficientFunds(Exception):
    # TODO: inherit from BankError; __init__(self, balance, amount) passes the
    #       message to super().__init__ and stores balance, amount, shortfall.
    pass


class AccountLocked(Exception):
    # TODO: inherit from BankError; __init__(self, owner) passes the message
    #       to super().__init__ and stores owner.
    pass


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.locked = False

    def lock(self):
        self.locked = True

    def deposit(self, amount):
        # TODO: raise AccountLocked / ValueError when needed
        self.balance += amount
        return self.balance

    def withdraw(self, amount):
        # TODO: raise AccountLocked, ValueError or InsufficientFunds when needed
        self.balance -= amount
        return self.balance


def safe_withdraw(account, amount):
    # TODO: catch the bank's errors and return "refused: <message>"
    balance = account.withdraw(amount)
    return f"ok: balance is {balance}"
