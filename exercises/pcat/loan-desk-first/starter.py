# Write FIRST unit tests for loans.LoanDesk (see the README): Fast,
# Independent (a fresh clock and desk for every test, in setUp),
# Repeatable (the desk reads a fake clock, never the real date),
# Self-validating (assert, never print). They must pass on the real
# loans.py and fail on each buggy copy.
import unittest
from datetime import date, timedelta

from loans import LoanDesk


class FakeClock:
    """A clock the test controls: desk = LoanDesk(today=clock)."""

    def __init__(self, start):
        self.current = start

    def __call__(self):
        return self.current

    def advance(self, days):
        self.current += timedelta(days=days)


class TestLoanDesk(unittest.TestCase):
    def setUp(self):
        self.clock = FakeClock(date(2025, 3, 1))
        self.desk = LoanDesk(today=self.clock)

    def test_lend_returns_due_date_fourteen_days_later(self):
        self.assertEqual(self.desk.lend("B1", "ana"), date(2025, 3, 15))

    # TODO: lending a book twice, returning and lending again
    # TODO: overdue ON the due date and the day after (is_overdue, overdue())
    # TODO: fines around the edges: on time, 1 day late, the 5.00 cap
    # TODO: returning a book that is not on loan


if __name__ == "__main__":
    unittest.main()
