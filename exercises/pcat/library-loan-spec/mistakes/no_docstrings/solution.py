# Mistake: good names, but not a single docstring, neither on the test
# classes nor on the tests. The docstring's first line is what
# `python -m unittest -v` prints next to each test, and the sentence a reader
# of the suite takes for the rule; without them the suite is much harder to
# read as the library's rule book.
import unittest
from datetime import date

from loans import can_renew, due_date, fine_cents

THURSDAY = date(2025, 3, 6)
SATURDAY = date(2025, 3, 8)
SUNDAY = date(2025, 3, 9)
MONDAY = date(2025, 3, 10)


class TestLoanPeriods(unittest.TestCase):
    def test_books_are_lent_for_three_weeks(self):
        self.assertEqual(due_date("book", date(2025, 3, 3)), date(2025, 3, 24))

    def test_dvds_are_lent_for_three_days(self):
        self.assertEqual(due_date("dvd", date(2025, 3, 3)), THURSDAY)

    def test_magazines_are_lent_for_ten_days(self):
        self.assertEqual(due_date("magazine", date(2025, 3, 3)), date(2025, 3, 13))

    def test_sunday_due_date_moves_to_monday(self):
        self.assertEqual(due_date("dvd", THURSDAY), MONDAY)

    def test_saturday_due_date_stays(self):
        self.assertEqual(due_date("dvd", date(2025, 3, 5)), SATURDAY)

    def test_kind_ignores_case_and_spaces(self):
        self.assertEqual(due_date(" Book ", date(2025, 3, 3)), date(2025, 3, 24))

    def test_unknown_kind_is_refused(self):
        with self.assertRaisesRegex(ValueError, "unknown item kind: 'vinyl'"):
            due_date("vinyl", MONDAY)


class TestFines(unittest.TestCase):
    def test_return_on_the_due_date_is_free(self):
        self.assertEqual(fine_cents("dvd", MONDAY, MONDAY), 0)

    def test_early_return_is_free(self):
        self.assertEqual(fine_cents("book", MONDAY, THURSDAY), 0)

    def test_each_late_day_has_a_price_per_kind(self):
        for kind, cents in [("book", 60), ("dvd", 300), ("magazine", 30)]:
            with self.subTest(kind=kind):
                self.assertEqual(fine_cents(kind, THURSDAY, SUNDAY), cents)

    def test_fine_is_capped_at_ten_euros(self):
        self.assertEqual(fine_cents("dvd", MONDAY, date(2025, 3, 20)), 1000)
        self.assertEqual(fine_cents("book", MONDAY, date(2026, 3, 10)), 1000)


class TestRenewals(unittest.TestCase):
    def test_first_and_second_renewals_are_allowed(self):
        self.assertTrue(can_renew(0, MONDAY, THURSDAY))
        self.assertTrue(can_renew(1, MONDAY, THURSDAY))

    def test_third_renewal_is_refused(self):
        self.assertFalse(can_renew(2, MONDAY, THURSDAY))

    def test_renewal_on_the_due_date_is_allowed(self):
        self.assertTrue(can_renew(0, MONDAY, MONDAY))

    def test_overdue_loan_cannot_be_renewed(self):
        self.assertFalse(can_renew(0, SUNDAY, MONDAY))

    def test_reserved_item_cannot_be_renewed(self):
        self.assertFalse(can_renew(0, MONDAY, THURSDAY, reserved=True))


if __name__ == "__main__":
    unittest.main()
