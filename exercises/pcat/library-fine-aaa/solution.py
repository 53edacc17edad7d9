"""Tests for the library's fines, each written as Arrange-Act-Assert."""
import unittest
from datetime import date, timedelta

from fines import Card, fine_cents

DUE = date(2025, 3, 10)
ADULT, CHILD = 34, 9


def days_after_due(days):
    return DUE + timedelta(days=days)


class TestFineCents(unittest.TestCase):
    def test_grace_period_costs_nothing(self):
        for days in [-10, 0, 1, 2]:
            with self.subTest(days_late=days):
                # Arrange
                returned = days_after_due(days)
                # Act
                fine = fine_cents("book", DUE, returned, ADULT)
                # Assert
                self.assertEqual(fine, 0)

    def test_after_the_grace_period_every_late_day_counts(self):
        table = [("book", 3, 75), ("dvd", 3, 300), ("magazine", 5, 75), ("dvd", 20, 2000)]
        for item, days, cents in table:
            with self.subTest(item=item, days_late=days):
                # Arrange
                returned = days_after_due(days)
                # Act
                fine = fine_cents(item, DUE, returned, ADULT)
                # Assert
                self.assertEqual(fine, cents)

    def test_children_pay_half_rounded_down(self):
        table = [(CHILD, 75 // 2), (15, 37), (16, 75)]
        for age, cents in table:
            with self.subTest(age=age):
                # Arrange
                returned = days_after_due(3)
                # Act
                fine = fine_cents("book", DUE, returned, age)
                # Assert
                self.assertEqual(fine, cents)

    def test_fines_are_capped_per_item_type(self):
        table = [("book", 50, 1000), ("dvd", 40, 2500), ("magazine", 30, 300)]
        for item, days, cents in table:
            with self.subTest(item=item):
                # Arrange
                returned = days_after_due(days)
                # Act
                fine = fine_cents(item, DUE, returned, ADULT)
                # Assert
                self.assertEqual(fine, cents)

    def test_unknown_item_type_is_refused(self):
        # Arrange
        returned = days_after_due(5)
        # Act and Assert
        with self.assertRaises(ValueError):
            fine_cents("vinyl", DUE, returned, ADULT)


class TestCard(unittest.TestCase):
    def test_fines_add_up_on_the_card(self):
        # Arrange
        card = Card("Noor", ADULT)
        card.return_item("book", DUE, days_after_due(4))          # owes 100
        # Act
        fine = card.return_item("dvd", DUE, days_after_due(3))    # 300 more
        # Assert
        self.assertEqual(fine, 300)
        self.assertEqual(card.owed_cents, 400)

    def test_owing_less_than_5_eur_still_borrows(self):
        # Arrange
        card = Card("Noor", ADULT)
        card.return_item("dvd", DUE, days_after_due(4))           # owes 400
        # Act
        allowed = card.can_borrow()
        # Assert
        self.assertTrue(allowed)

    def test_owing_5_eur_stops_borrowing(self):
        # Arrange
        card = Card("Noor", ADULT)
        card.return_item("dvd", DUE, days_after_due(4))           # owes 400
        card.return_item("book", DUE, days_after_due(4))          # owes 500
        # Act
        allowed = card.can_borrow()
        # Assert
        self.assertFalse(allowed)

    def test_paying_reduces_what_is_owed(self):
        # Arrange
        card = Card("Noor", ADULT)
        card.return_item("dvd", DUE, days_after_due(4))           # owes 400
        # Act
        card.pay(150)
        # Assert
        self.assertEqual(card.owed_cents, 250)

    def test_paying_too_much_or_nothing_is_refused(self):
        for cents in [401, 0, -5]:
            with self.subTest(cents=cents):
                # Arrange
                card = Card("Noor", ADULT)
                card.return_item("dvd", DUE, days_after_due(4))   # owes 400
                # Act and Assert
                with self.assertRaises(ValueError):
                    card.pay(cents)
                self.assertEqual(card.owed_cents, 400)


if __name__ == "__main__":
    unittest.main()
