# Mistake: setUpClass opens the database but nothing ever closes it (there
# is no tearDownClass). Every test class leaks a connection; with a real
# database server the suite would run out of connections. Pair every
# setUpClass with a tearDownClass that calls cls.conn.close().
import sqlite3
import unittest

from bank import Bank, InsufficientFunds, UnknownAccount, create_schema


class BankTestCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.conn = sqlite3.connect(":memory:")
        create_schema(cls.conn)

    def setUp(self):
        self.bank = Bank(self.conn)
        self.ana = self.bank.open_account("Ana", overdraft_limit=5000)
        self.ben = self.bank.open_account("Ben")
        self.bank.deposit(self.ana, 10000)

    def tearDown(self):
        with self.conn:
            self.conn.execute("DELETE FROM movement")
            self.conn.execute("DELETE FROM account")


class TestOpenAccount(BankTestCase):
    def test_new_account_has_a_zero_balance_and_no_movements(self):
        number = self.bank.open_account("Zoë")
        self.assertEqual(self.bank.balance(number), 0)
        self.assertEqual(self.bank.statement(number), [])

    def test_every_account_gets_its_own_number(self):
        self.assertNotEqual(self.ana, self.ben)

    def test_unknown_account_is_refused(self):
        missing = self.ben + 1000
        with self.assertRaises(UnknownAccount):
            self.bank.balance(missing)
        with self.assertRaises(UnknownAccount):
            self.bank.deposit(missing, 100)


class TestDepositAndWithdraw(BankTestCase):
    def test_deposit_adds_to_the_balance(self):
        self.bank.deposit(self.ben, 2550)
        self.assertEqual(self.bank.balance(self.ben), 2550)

    def test_withdraw_down_to_exactly_the_overdraft_limit(self):
        self.bank.withdraw(self.ana, 15000)
        self.assertEqual(self.bank.balance(self.ana), -5000)

    def test_one_cent_past_the_limit_is_refused(self):
        with self.assertRaises(InsufficientFunds):
            self.bank.withdraw(self.ana, 15001)
        self.assertEqual(self.bank.balance(self.ana), 10000)

    def test_account_without_overdraft_cannot_go_below_zero(self):
        with self.assertRaises(InsufficientFunds):
            self.bank.withdraw(self.ben, 1)

    def test_bad_amounts_raise_value_error(self):
        for amount in (0, -100, 10.5):
            with self.subTest(amount=amount):
                with self.assertRaises(ValueError):
                    self.bank.deposit(self.ana, amount)
                with self.assertRaises(ValueError):
                    self.bank.withdraw(self.ana, amount)
        self.assertEqual(self.bank.balance(self.ana), 10000)


class TestTransfer(BankTestCase):
    def test_transfer_moves_money_between_accounts(self):
        self.bank.transfer(self.ana, self.ben, 4000)
        self.assertEqual(self.bank.balance(self.ana), 6000)
        self.assertEqual(self.bank.balance(self.ben), 4000)

    def test_refused_transfer_changes_neither_account(self):
        with self.assertRaises(InsufficientFunds):
            self.bank.transfer(self.ben, self.ana, 100)
        self.assertEqual(self.bank.balance(self.ana), 10000)
        self.assertEqual(self.bank.balance(self.ben), 0)

    def test_transfer_to_the_same_account_is_refused(self):
        with self.assertRaises(ValueError):
            self.bank.transfer(self.ana, self.ana, 100)


class TestStatement(BankTestCase):
    def test_statement_lists_movements_oldest_first(self):
        self.bank.withdraw(self.ana, 2500)
        self.bank.transfer(self.ana, self.ben, 1000)
        self.bank.deposit(self.ben, 300)
        self.assertEqual(self.bank.statement(self.ana), [
            ("deposit", 10000), ("withdrawal", -2500), ("transfer out", -1000)])
        self.assertEqual(self.bank.statement(self.ben), [
            ("transfer in", 1000), ("deposit", 300)])


if __name__ == "__main__":
    unittest.main()
