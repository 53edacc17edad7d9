# Write the library's loan rules as a unittest suite that reads like a
# specification (see the README): one TestCase class per function of
# loans.py, with a docstring naming it, and one test per rule, named after
# the behaviour, with a one-sentence docstring.
import unittest
from datetime import date

from loans import can_renew, due_date, fine_cents

MONDAY = date(2025, 3, 10)


class TestLoanPeriods(unittest.TestCase):
    """due_date(kind, borrowed_on): how long each kind of item may be kept."""

    def test_books_are_lent_for_three_weeks(self):
        """A book borrowed on a Monday is due three weeks later."""
        self.assertEqual(due_date("book", date(2025, 3, 3)), date(2025, 3, 24))

    # TODO: DVDs, magazines, a due date on a Sunday (and on a Saturday),
    #       kinds in any case, an unknown kind


# TODO: class TestFines, for fine_cents(kind, due, returned)
# TODO: class TestRenewals, for can_renew(renewals, due, today, reserved)


if __name__ == "__main__":
    unittest.main()
