"""Teller console: one command per line on standard input."""

import sys

from ledger import snapshot
from ledger.bank import Bank
from ledger.commands import Deposit, Open, Teller, Transfer, Withdraw
from ledger.errors import CommandFailed, LedgerError
from ledger.money import fmt, parse_amount
from ledger.observers import LowBalanceAlert

SNAPSHOT = "/tmp/out/snapshot.pkl"
EXPORT = "/tmp/out/events.csv"
THRESHOLD = 2000


def build(words):
    """The Command for a line split into words (LedgerError when malformed)."""
    verb, args = words[0].upper(), words[1:]
    shapes = {"OPEN": (Open, 1), "DEPOSIT": (Deposit, 2),
              "WITHDRAW": (Withdraw, 2), "TRANSFER": (Transfer, 3)}
    if verb not in shapes or len(args) != shapes[verb][1]:
        raise LedgerError(f"cannot read: {' '.join(words)}")
    cls, count = shapes[verb]
    if count == 1:
        return cls(args[0])
    return cls(*args[:-1], parse_amount(args[-1]))


def main():
    bank = Bank()
    bank.subscribe(LowBalanceAlert(THRESHOLD, sys.stdout))
    teller = Teller(bank)
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        verb = words[0].upper()
        try:
            if verb == "UNDO":
                print(f"ok: undo {teller.undo()}")
            elif verb == "BALANCES":
                for name in sorted(bank.balances):
                    print(f"{name} {fmt(bank.balances[name])}")
            elif verb == "EVENTS":
                for e in bank.events:
                    amount = f" {fmt(e.amount)}" if e.amount else ""
                    print(f"{e.seq} {e.kind} {e.account}{amount}")
            elif verb == "SNAPSHOT":
                snapshot.save(bank, SNAPSHOT)
                print(f"ok: snapshot of {len(bank.events)} events")
            elif verb == "EXPORT":
                snapshot.export_csv(bank, EXPORT)
                print(f"ok: exported {len(bank.events)} events")
            elif verb == "RESTORE":
                bank = snapshot.load(SNAPSHOT)
                bank.subscribe(LowBalanceAlert(THRESHOLD, sys.stdout))
                teller = Teller(bank)
                print(f"ok: restored {len(bank.events)} events")
            else:
                print(f"ok: {teller.run(build(words))}")
        except LedgerError as error:
            reason = f" ({error.__cause__})" if isinstance(error, CommandFailed) else ""
            print(f"error: {error}{reason}")


if __name__ == "__main__":
    main()
