# Mistake: the suite reads beautifully, but one of its "rules" is wrong: it
# says a loan can no longer be renewed ON its due date, while the README says
# renewals are allowed up to and including the due date. A test that
# documents a wrong rule is worse than none: it fails on the correct module
# (so no bug is counted) and it misleads every reader.
import unittest
from datetime import date

from loans import can_renew, due_date, fine_cents

THURSDAY = date(2025, 3, 6)
SATURDAY = date(2025, 3, 8)
SUNDAY = date(2025, 3, 9)
MONDAY = date(2025, 3, 10)


class TestLoanPeriods(unittest.TestCase):
    """due_date(kind, borrowed_on): how long each kind of item may be kept."""

    def test_books_are_lent_for_three_weeks(self):
        """A book borrowed on a Monday is due three weeks later."""
        self.assertEqual(due_date("book", date(2025, 3, 3)), date(2025, 3, 24))

    def test_dvds_are_lent_for_three_days(self):
        """A DVD borrowed on a Monday is due on the Thursday."""
        self.assertEqual(due_date("dvd", date(2025, 3, 3)), THURSDAY)

    def test_magazines_are_lent_for_ten_days(self):
        """A magazine borrowed on a Monday is due ten days later."""
        self.assertEqual(due_date("magazine", date(2025, 3, 3)), date(2025, 3, 13))

    def test_sunday_due_date_moves_to_monday(self):
        """A due date on a Sunday, when the library is closed, moves to Monday."""
        self.assertEqual(due_date("dvd", THURSDAY), MONDAY)

    def test_saturday_due_date_stays(self):
        """A due date on a Saturday stays: the library is open on Saturdays."""
        self.assertEqual(due_date("dvd", date(2025, 3, 5)), SATURDAY)

    def test_kind_ignores_case_and_spaces(self):
        """The kind of item may be written in any case, with spaces around."""
        self.assertEqual(due_date(" Book ", date(2025, 3, 3)), date(2025, 3, 24))

    def test_unknown_kind_is_refused(self):
        """An unknown kind of item raises ValueError that names it."""
        with self.assertRaisesRegex(ValueError, "unknown item kind: 'vinyl'"):
            due_date("vinyl", MONDAY)


class TestFines(unittest.TestCase):
    """fine_cents(kind, due, returned): what a late return costs."""

    def test_return_on_the_due_date_is_free(self):
        """An item returned on its due date costs nothing."""
        self.assertEqual(fine_cents("dvd", MONDAY, MONDAY), 0)

    def test_early_return_is_free(self):
        """An item returned before its due date costs nothing."""
        self.assertEqual(fine_cents("book", MONDAY, THURSDAY), 0)

    def test_each_late_day_has_a_price_per_kind(self):
        """Each late day costs 20 cents (book), 1 euro (DVD) or 10 cents (magazine)."""
        for kind, cents in [("book", 60), ("dvd", 300), ("magazine", 30)]:
            with self.subTest(kind=kind):
                self.assertEqual(fine_cents(kind, THURSDAY, SUNDAY), cents)

    def test_fine_is_capped_at_ten_euros(self):
        """A fine never exceeds 10 euros, however late the item comes back."""
        self.assertEqual(fine_cents("dvd", MONDAY, date(2025, 3, 20)), 1000)
        self.assertEqual(fine_cents("book", MONDAY, date(2026, 3, 10)), 1000)


class TestRenewals(unittest.TestCase):
    """can_renew(renewals, due, today, reserved): when a loan may be extended."""

    def test_first_and_second_renewals_are_allowed(self):
        """A loan may be renewed when it has been renewed fewer than two times."""
        self.assertTrue(can_renew(0, MONDAY, THURSDAY))
        self.assertTrue(can_renew(1, MONDAY, THURSDAY))

    def test_third_renewal_is_refused(self):
        """A loan that was already renewed twice cannot be renewed again."""
        self.assertFalse(can_renew(2, MONDAY, THURSDAY))

    def test_renewal_on_the_due_date_is_refused(self):
        """A loan can no longer be renewed on its due date."""
        self.assertFalse(can_renew(0, MONDAY, MONDAY))

    def test_overdue_loan_cannot_be_renewed(self):
        """A loan cannot be renewed the day after its due date."""
        self.assertFalse(can_renew(0, SUNDAY, MONDAY))

    def test_reserved_item_cannot_be_renewed(self):
        """A loan cannot be renewed when another reader reserved the item."""
        self.assertFalse(can_renew(0, MONDAY, THURSDAY, reserved=True))


if __name__ == "__main__":
    unittest.main()
