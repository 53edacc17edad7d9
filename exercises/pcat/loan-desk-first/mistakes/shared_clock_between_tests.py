# Mistake: not Independent. Each test makes its own desk, but they all share
# ONE module-level clock, and the fine test moves it 20 days forward. The
# test written after it still believes it is March 1st, so it fails (run on
# its own, it would pass). Create the clock in setUp, one per test.
import unittest
from datetime import date, timedelta

from loans import LoanDesk


class FakeClock:
    def __init__(self, start):
        self.current = start

    def __call__(self):
        return self.current

    def advance(self, days):
        self.current += timedelta(days=days)


CLOCK = FakeClock(date(2025, 3, 1))  # shared by every test


class TestLoanDesk(unittest.TestCase):
    def test_late_return_is_fined(self):
        desk = LoanDesk(today=CLOCK)
        desk.lend("B1", "ana")
        CLOCK.advance(20)
        self.assertEqual(desk.return_book("B1"), 150)

    def test_lend_returns_due_date(self):
        desk = LoanDesk(today=CLOCK)
        self.assertEqual(desk.lend("B2", "bo"), date(2025, 3, 15))

    def test_book_on_loan_cannot_be_lent_again(self):
        desk = LoanDesk(today=CLOCK)
        desk.lend("B3", "ana")
        with self.assertRaises(ValueError):
            desk.lend("B3", "bo")


if __name__ == "__main__":
    unittest.main()
