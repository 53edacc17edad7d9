import unittest

from solution import Account, AccountLocked, BankError, InsufficientFunds, safe_withdraw


class TestBankErrors(unittest.TestCase):
    def test_hierarchy(self):
        """BankError is an Exception; the other two are BankErrors"""
        self.assertTrue(issubclass(BankError, Exception),
                        msg="BankError must inherit from Exception")
        self.assertTrue(issubclass(InsufficientFunds, BankError),
                        msg="InsufficientFunds must inherit from BankError")
        self.assertTrue(issubclass(AccountLocked, BankError),
                        msg="AccountLocked must inherit from BankError")

    def test_insufficient_funds_details(self):
        """InsufficientFunds(50, 80) keeps its numbers and one message in args"""
        e = InsufficientFunds(50, 80)
        self.assertEqual(e.balance, 50, msg="e.balance")
        self.assertEqual(e.amount, 80, msg="e.amount")
        self.assertEqual(e.shortfall, 30, msg="e.shortfall is amount - balance")
        self.assertEqual(e.args, ("cannot withdraw 80: balance is 50",),
                         msg="e.args must hold only the message")
        self.assertEqual(str(e), "cannot withdraw 80: balance is 50", msg="str(e)")

    def test_account_locked_details(self):
        """AccountLocked("Mia") keeps the owner and one message in args"""
        e = AccountLocked("Mia")
        self.assertEqual(e.owner, "Mia", msg="e.owner")
        self.assertEqual(e.args, ("account of Mia is locked",),
                         msg="e.args must hold only the message")

    def test_withdraw_too_much(self):
        """withdrawing more than the balance raises InsufficientFunds"""
        acc = Account("Mia", 50)
        with self.assertRaises(InsufficientFunds, msg="Account('Mia', 50).withdraw(80)") as cm:
            acc.withdraw(80)
        self.assertEqual(cm.exception.shortfall, 30, msg="shortfall of the raised error")

    def test_withdraw_from_locked(self):
        """withdrawing from a locked account raises AccountLocked"""
        acc = Account("Mia", 50)
        acc.lock()
        with self.assertRaises(AccountLocked, msg="withdraw after lock()"):
            acc.withdraw(10)

    def test_safe_withdraw(self):
        """safe_withdraw reports success and refusals"""
        acc = Account("Mia", 50)
        self.assertEqual(safe_withdraw(acc, 20), "ok: balance is 30",
                         msg="safe_withdraw(Account('Mia', 50), 20)")
        self.assertEqual(safe_withdraw(acc, 45), "refused: cannot withdraw 45: balance is 30",
                         msg="then safe_withdraw(acc, 45)")


if __name__ == "__main__":
    unittest.main()
