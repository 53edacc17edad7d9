# Mistake: the tests are right and documented, but they are numbered
# (test_due1, test_fine2...). A numbered name says nothing when it fails in a
# report ("test_renew3 FAILED": which rule broke?), and unittest sorts the
# names as text, so test_due10 would run before test_due2. Name each test
# after the behaviour it checks: test_third_renewal_is_refused.
import unittest
from datetime import date

from loans import can_renew, due_date, fine_cents

THURSDAY = date(2025, 3, 6)
SATURDAY = date(2025, 3, 8)
SUNDAY = date(2025, 3, 9)
MONDAY = date(2025, 3, 10)


class TestLoanPeriods(unittest.TestCase):
    """due_date(kind, borrowed_on): how long each kind of item may be kept."""

    def test_due1(self):
        """A book borrowed on a Monday is due three weeks later."""
        self.assertEqual(due_date("book", date(2025, 3, 3)), date(2025, 3, 24))

    def test_due2(self):
        """A DVD borrowed on a Monday is due on the Thursday."""
        self.assertEqual(due_date("dvd", date(2025, 3, 3)), THURSDAY)

    def test_due3(self):
        """A magazine borrowed on a Monday is due ten days later."""
        self.assertEqual(due_date("magazine", date(2025, 3, 3)), date(2025, 3, 13))

    def test_due4(self):
        """A due date on a Sunday, when the library is closed, moves to Monday."""
        self.assertEqual(due_date("dvd", THURSDAY), MONDAY)

    def test_due5(self):
        """A due date on a Saturday stays: the library is open on Saturdays."""
        self.assertEqual(due_date("dvd", date(2025, 3, 5)), SATURDAY)

    def test_due6(self):
        """The kind of item may be written in any case, with spaces around."""
        self.assertEqual(due_date(" Book ", date(2025, 3, 3)), date(2025, 3, 24))

    def test_due7(self):
        """An unknown kind of item raises ValueError that names it."""
        with self.assertRaisesRegex(ValueError, "unknown item kind: 'vinyl'"):
            due_date("vinyl", MONDAY)


class TestFines(unittest.TestCase):
    """fine_cents(kind, due, returned): what a late return costs."""

    def test_fine1(self):
        """An item returned on its due date costs nothing."""
        self.assertEqual(fine_cents("dvd", MONDAY, MONDAY), 0)

    def test_fine2(self):
        """An item returned before its due date costs nothing."""
        self.assertEqual(fine_cents("book", MONDAY, THURSDAY), 0)

    def test_fine3(self):
        """Each late day costs 20 cents (book), 1 euro (DVD) or 10 cents (magazine)."""
        for kind, cents in [("book", 60), ("dvd", 300), ("magazine", 30)]:
            with self.subTest(kind=kind):
                self.assertEqual(fine_cents(kind, THURSDAY, SUNDAY), cents)

    def test_fine4(self):
        """A fine never exceeds 10 euros, however late the item comes back."""
        self.assertEqual(fine_cents("dvd", MONDAY, date(2025, 3, 20)), 1000)
        self.assertEqual(fine_cents("book", MONDAY, date(2026, 3, 10)), 1000)


class TestRenewals(unittest.TestCase):
    """can_renew(renewals, due, today, reserved): when a loan may be extended."""

    def test_renew1(self):
        """A loan may be renewed when it has been renewed fewer than two times."""
        self.assertTrue(can_renew(0, MONDAY, THURSDAY))
        self.assertTrue(can_renew(1, MONDAY, THURSDAY))

    def test_renew2(self):
        """A loan that was already renewed twice cannot be renewed again."""
        self.assertFalse(can_renew(2, MONDAY, THURSDAY))

    def test_renew3(self):
        """A loan may still be renewed on its due date."""
        self.assertTrue(can_renew(0, MONDAY, MONDAY))

    def test_renew4(self):
        """A loan cannot be renewed the day after its due date."""
        self.assertFalse(can_renew(0, SUNDAY, MONDAY))

    def test_renew5(self):
        """A loan cannot be renewed when another reader reserved the item."""
        self.assertFalse(can_renew(0, MONDAY, THURSDAY, reserved=True))


if __name__ == "__main__":
    unittest.main()
