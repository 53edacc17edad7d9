"""Snapshots and the undo stack."""

import io
import os
import pickle
import unittest

from ledger import snapshot
from ledger.bank import Bank
from ledger.commands import Deposit, Open, Teller, Transfer
from ledger.errors import CommandFailed, LedgerError
from ledger.observers import LowBalanceAlert


class Recorder:
    def __init__(self):
        self.seen = []

    def notify(self, event, bank):
        self.seen.append(event.kind)


class TestHidden(unittest.TestCase):
    def test_a_bank_with_observers_pickles(self):
        """A bank whose observers hold a stream still pickles; the copy has no observers"""
        bank = Bank()
        bank.subscribe(LowBalanceAlert(2000, io.StringIO()))
        Teller(bank).run(Open("ana"))
        copy = pickle.loads(pickle.dumps(bank))
        self.assertEqual(copy.balances, {"ana": 0})
        self.assertEqual(copy.events, bank.events)
        recorder = Recorder()
        copy.subscribe(recorder)
        Teller(copy).run(Deposit("ana", 100))
        self.assertEqual(recorder.seen, ["deposited"])
        self.assertEqual(copy.events[-1].seq, 2)

    def test_snapshot_save_and_load(self):
        """snapshot.save/load round-trips through a file"""
        bank = Bank()
        teller = Teller(bank)
        teller.run(Open("ana"))
        teller.run(Deposit("ana", 990))
        path = "/tmp/test-ledger-snapshot.pkl"
        snapshot.save(bank, path)
        try:
            loaded = snapshot.load(path)
        finally:
            os.remove(path)
        self.assertEqual(loaded.balances, {"ana": 990})
        self.assertEqual(len(loaded.events), 2)

    def test_a_refused_command_is_not_undoable(self):
        """Only successful commands go on the undo stack"""
        bank = Bank()
        teller = Teller(bank)
        teller.run(Open("ana"))
        with self.assertRaises(CommandFailed):
            teller.run(Transfer("ana", "ben", 100))
        teller.undo()
        self.assertEqual(bank.balances, {})
        with self.assertRaises(LedgerError):
            teller.undo()

    def test_observers_see_each_event_in_order(self):
        """A transfer notifies withdrawn then deposited"""
        bank = Bank()
        recorder = Recorder()
        bank.subscribe(recorder)
        teller = Teller(bank)
        for c in [Open("a"), Open("b"), Deposit("a", 10), Transfer("a", "b", 10)]:
            teller.run(c)
        self.assertEqual(recorder.seen, ["opened", "opened", "deposited", "withdrawn", "deposited"])


if __name__ == "__main__":
    unittest.main()
