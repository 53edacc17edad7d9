"""Commands, undo and event sourcing, through the package's classes."""

import unittest

from ledger.bank import Bank
from ledger.commands import Deposit, Open, Teller, Transfer, Withdraw
from ledger.errors import CommandFailed, InsufficientFunds, UnknownAccount


def session():
    bank = Bank()
    teller = Teller(bank)
    for command in [Open("ana"), Open("ben"), Deposit("ana", 5000), Transfer("ana", "ben", 1250)]:
        teller.run(command)
    return bank, teller


class TestLedger(unittest.TestCase):
    def test_undo_appends_compensating_events(self):
        """undo() restores the balances by adding events, never by deleting them"""
        bank, teller = session()
        self.assertEqual(len(bank.events), 5)
        undone = teller.undo()
        self.assertIsInstance(undone, Transfer)
        self.assertEqual(bank.balances, {"ana": 5000, "ben": 0})
        self.assertEqual(len(bank.events), 7)
        self.assertEqual([e.seq for e in bank.events], [1, 2, 3, 4, 5, 6, 7])

    def test_replaying_the_events_rebuilds_the_balances(self):
        """Bank.from_events(bank.events) has the same balances"""
        bank, teller = session()
        teller.run(Withdraw("ben", 250))
        teller.undo()
        self.assertEqual(Bank.from_events(bank.events).balances, bank.balances)
        self.assertEqual(bank.balances, {"ana": 3750, "ben": 1250})

    def test_a_refused_command_is_chained_to_its_reason(self):
        """A refused command raises CommandFailed whose __cause__ is the reason"""
        bank, teller = session()
        with self.assertRaises(CommandFailed) as caught:
            teller.run(Withdraw("ben", 1251))
        self.assertIsInstance(caught.exception.__cause__, InsufficientFunds)
        with self.assertRaises(CommandFailed) as caught:
            teller.run(Deposit("cy", 100))
        self.assertIsInstance(caught.exception.__cause__, UnknownAccount)
        self.assertEqual(bank.balances, {"ana": 3750, "ben": 1250})


if __name__ == "__main__":
    unittest.main()
