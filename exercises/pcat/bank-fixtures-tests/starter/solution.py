# Write unittest tests for bank.py (see the README), in this file.
# Fixtures to add: setUpClass / tearDownClass (one in-memory database per
# class, closed at the end) and setUp / tearDown (fresh accounts for every
# test, removed afterwards). The test below makes its own database: move
# that into the fixtures, then add the tests the README asks for.
import sqlite3
import unittest

from bank import Bank, InsufficientFunds, UnknownAccount, create_schema


class TestDepositAndWithdraw(unittest.TestCase):
    def test_deposit_adds_to_the_balance(self):
        conn = sqlite3.connect(":memory:")
        create_schema(conn)
        bank = Bank(conn)
        ben = bank.open_account("Ben")

        bank.deposit(ben, 2550)

        self.assertEqual(bank.balance(ben), 2550)

    # TODO: the overdraft limit (exactly at it, one cent past it, no limit)
    # TODO: bad amounts (0, negative, not whole cents) and unknown accounts
    # TODO: transfers, also a refused one (neither account changes)
    # TODO: the statement, oldest movement first


if __name__ == "__main__":
    unittest.main()
