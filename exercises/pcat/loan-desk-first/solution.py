"""FIRST unit tests for the library's LoanDesk (loans.py).

Fast: everything happens in memory, nothing sleeps.
Independent: setUp gives every test its own clock and desk.
Repeatable: the desk reads the date from a fake clock, never the real one.
Self-validating: every test ends in assertions, nothing is printed.
"""
import unittest
from datetime import date, timedelta

from loans import LoanDesk

MARCH_1 = date(2025, 3, 1)


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
        self.clock = FakeClock(MARCH_1)
        self.desk = LoanDesk(today=self.clock)

    def test_lend_returns_due_date_fourteen_days_later(self):
        self.assertEqual(self.desk.lend("B1", "ana"), date(2025, 3, 15))

    def test_due_date_crosses_month_and_year_ends(self):
        clock = FakeClock(date(2024, 12, 25))
        desk = LoanDesk(today=clock)
        self.assertEqual(desk.lend("B1", "ana"), date(2025, 1, 8))

    def test_book_on_loan_cannot_be_lent_again(self):
        self.desk.lend("B1", "ana")
        with self.assertRaises(ValueError):
            self.desk.lend("B1", "bo")

    def test_returned_book_can_be_lent_again(self):
        self.desk.lend("B1", "ana")
        self.desk.return_book("B1")
        self.clock.advance(3)
        self.assertEqual(self.desk.lend("B1", "bo"), date(2025, 3, 18))

    def test_not_overdue_on_the_due_date(self):
        self.desk.lend("B1", "ana")
        self.clock.advance(14)
        self.assertFalse(self.desk.is_overdue("B1"))
        self.assertEqual(self.desk.overdue(), [])

    def test_overdue_the_day_after(self):
        self.desk.lend("B1", "ana")
        self.clock.advance(15)
        self.assertTrue(self.desk.is_overdue("B1"))
        self.assertEqual(self.desk.overdue(), ["B1"])

    def test_overdue_list_is_sorted_and_skips_returned_books(self):
        for book in ["C3", "A1", "B2", "D4"]:
            self.desk.lend(book, "ana")
        self.clock.advance(20)
        self.desk.return_book("D4")
        self.assertEqual(self.desk.overdue(), ["A1", "B2", "C3"])

    def test_fines(self):
        table = [(0, 0), (13, 0), (14, 0), (15, 25), (16, 50),
                 (33, 475), (34, 500), (35, 500), (400, 500)]
        for days, fine in table:
            with self.subTest(days_after_lending=days):
                clock = FakeClock(MARCH_1)
                desk = LoanDesk(today=clock)
                desk.lend("B1", "ana")
                clock.advance(days)
                self.assertEqual(desk.return_book("B1"), fine)

    def test_returning_an_unknown_book_raises_key_error(self):
        with self.assertRaises(KeyError):
            self.desk.return_book("NOPE")

    def test_returning_twice_raises_key_error(self):
        self.desk.lend("B1", "ana")
        self.desk.return_book("B1")
        with self.assertRaises(KeyError):
            self.desk.return_book("B1")


if __name__ == "__main__":
    unittest.main()
