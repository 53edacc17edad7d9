import unittest

from solution import Account, AccountLocked, BankError, InsufficientFunds, safe_withdraw


class TestBankErrorsHidden(unittest.TestCase):
    def test_caught_as_bank_error(self):
        """except BankError catches both kinds of error"""
        acc = Account("Leo", 10)
        with self.assertRaises(BankError, msg="withdraw(25) from 10"):
            acc.withdraw(25)
        acc.lock()
        with self.assertRaises(BankError, msg="withdraw from a locked account"):
            acc.withdraw(5)

    def test_not_value_errors(self):
        """the bank's errors are not ValueErrors"""
        self.assertFalse(issubclass(BankError, ValueError),
                         msg="BankError should inherit from Exception directly")
        self.assertFalse(issubclass(InsufficientFunds, ValueError),
                         msg="InsufficientFunds should not be a ValueError")

    def test_balance_unchanged_after_refusal(self):
        """a refused withdrawal leaves the balance alone"""
        acc = Account("Leo", 10)
        with self.assertRaises(InsufficientFunds):
            acc.withdraw(11)
        self.assertEqual(acc.balance, 10, msg="balance after a refused withdrawal")

    def test_whole_balance(self):
        """the whole balance can be withdrawn"""
        acc = Account("Leo", 10)
        self.assertEqual(acc.withdraw(10), 0, msg="Account('Leo', 10).withdraw(10)")

    def test_lock_checked_first(self):
        """a locked account reports AccountLocked even when funds are short"""
        acc = Account("Leo", 0)
        acc.lock()
        with self.assertRaises(AccountLocked, msg="Account('Leo', 0) locked, withdraw(100)"):
            acc.withdraw(100)
        with self.assertRaises(AccountLocked, msg="Account('Leo', 0) locked, deposit(5)"):
            acc.deposit(5)

    def test_bad_amounts(self):
        """zero or negative amounts raise ValueError"""
        acc = Account("Leo", 10)
        for amount in (0, -5):
            with self.subTest(amount=amount):
                with self.assertRaises(ValueError, msg=f"withdraw({amount})"):
                    acc.withdraw(amount)
                with self.assertRaises(ValueError, msg=f"deposit({amount})"):
                    acc.deposit(amount)

    def test_safe_withdraw_lets_value_error_through(self):
        """safe_withdraw does not hide a ValueError"""
        acc = Account("Leo", 10)
        with self.assertRaises(ValueError, msg="safe_withdraw(acc, -1) must let ValueError through"):
            safe_withdraw(acc, -1)

    def test_safe_withdraw_locked(self):
        """safe_withdraw on a locked account"""
        acc = Account("Zoë", 10)
        acc.lock()
        self.assertEqual(safe_withdraw(acc, 5), "refused: account of Zoë is locked",
                         msg="safe_withdraw on Zoë's locked account")

    def test_large_and_float_amounts(self):
        """the message shows amounts as given"""
        e = InsufficientFunds(1_000_000, 2_500_000)
        self.assertEqual(e.shortfall, 1_500_000, msg="shortfall")
        self.assertEqual(str(e), "cannot withdraw 2500000: balance is 1000000", msg="str(e)")
        e = InsufficientFunds(9.5, 12.25)
        self.assertEqual(e.args, ("cannot withdraw 12.25: balance is 9.5",), msg="e.args")


if __name__ == "__main__":
    unittest.main()
