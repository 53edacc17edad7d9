# Mistake: not Self-validating. The tests print what the desk answers and
# expect a human to read the output. They never fail, whatever the desk
# returns, so every bug survives.
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


class TestLoanDesk(unittest.TestCase):
    def setUp(self):
        self.clock = FakeClock(date(2025, 3, 1))
        self.desk = LoanDesk(today=self.clock)

    def test_due_date(self):
        print("due (should be 2025-03-15):", self.desk.lend("B1", "ana"))

    def test_fines(self):
        self.desk.lend("B1", "ana")
        self.clock.advance(40)
        print("overdue books:", self.desk.overdue())
        print("fine (should be 500):", self.desk.return_book("B1"))


if __name__ == "__main__":
    unittest.main()
