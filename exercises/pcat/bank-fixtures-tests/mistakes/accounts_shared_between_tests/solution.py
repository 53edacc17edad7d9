# Mistake: the accounts are opened once, in setUpClass, and the tests share
# them. Each test expects the balance the previous test left behind, so the
# suite passes only in the order it is written: run one test alone, or in
# another order, and it fails. Open the accounts in setUp (fresh for every
# test) and delete them in tearDown.
import sqlite3
import unittest

from bank import Bank, InsufficientFunds, UnknownAccount, create_schema


class TestAccounts(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.conn = sqlite3.connect(":memory:")
        create_schema(cls.conn)
        cls.bank = Bank(cls.conn)
        cls.ana = cls.bank.open_account("Ana", overdraft_limit=5000)
        cls.ben = cls.bank.open_account("Ben")

    @classmethod
    def tearDownClass(cls):
        cls.conn.close()

    def test_new_account_is_empty(self):
        self.assertEqual(self.bank.balance(self.ana), 0)
        self.assertEqual(self.bank.statement(self.ben), [])

    def test_deposit(self):
        self.bank.deposit(self.ana, 10000)
        self.assertEqual(self.bank.balance(self.ana), 10000)

    def test_withdraw_to_the_limit(self):
        self.bank.withdraw(self.ana, 15000)
        self.assertEqual(self.bank.balance(self.ana), -5000)

    def test_past_the_limit(self):
        with self.assertRaises(InsufficientFunds):
            self.bank.withdraw(self.ana, 1)
        with self.assertRaises(InsufficientFunds):
            self.bank.withdraw(self.ben, 1)

    def test_refused_transfer(self):
        with self.assertRaises(InsufficientFunds):
            self.bank.transfer(self.ben, self.ana, 100)
        self.assertEqual(self.bank.balance(self.ben), 0)
        self.assertEqual(self.bank.balance(self.ana), -5000)

    def test_transfer(self):
        self.bank.deposit(self.ana, 6000)
        self.bank.transfer(self.ana, self.ben, 1000)
        self.assertEqual(self.bank.balance(self.ana), 0)
        self.assertEqual(self.bank.balance(self.ben), 1000)

    def test_statement(self):
        self.assertEqual(self.bank.statement(self.ana), [
            ("deposit", 10000), ("withdrawal", -15000), ("deposit", 6000),
            ("transfer out", -1000)])

    def test_bad_amounts(self):
        for amount in (0, -100, 10.5):
            with self.subTest(amount=amount):
                with self.assertRaises(ValueError):
                    self.bank.deposit(self.ben, amount)
        with self.assertRaises(UnknownAccount):
            self.bank.deposit(self.ben + 1000, 100)


if __name__ == "__main__":
    unittest.main()
