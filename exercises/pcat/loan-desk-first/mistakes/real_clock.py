# Mistake: not Repeatable. The desk uses the real date.today(), so the tests
# can only compare with dates computed from today, and they cannot reach the
# rules that need time to pass (overdue books, fines): whatever a test could
# say about them would change from day to day. The bugs in those rules
# survive. Inject a fake clock: LoanDesk(today=clock).
import unittest
from datetime import date, timedelta

from loans import LoanDesk


class TestLoanDesk(unittest.TestCase):
    def setUp(self):
        self.desk = LoanDesk()

    def test_due_in_fourteen_days(self):
        self.assertEqual(self.desk.lend("B1", "ana"), date.today() + timedelta(days=14))

    def test_book_on_loan_cannot_be_lent_again(self):
        self.desk.lend("B1", "ana")
        with self.assertRaises(ValueError):
            self.desk.lend("B1", "bo")

    def test_return_on_the_same_day_is_free(self):
        self.desk.lend("B1", "ana")
        self.assertEqual(self.desk.return_book("B1"), 0)

    def test_nothing_overdue_today(self):
        self.desk.lend("B1", "ana")
        self.assertFalse(self.desk.is_overdue("B1"))
        self.assertEqual(self.desk.overdue(), [])

    def test_unknown_book(self):
        with self.assertRaises(KeyError):
            self.desk.return_book("NOPE")


if __name__ == "__main__":
    unittest.main()
