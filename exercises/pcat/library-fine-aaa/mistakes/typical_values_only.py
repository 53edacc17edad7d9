# Mistake: the tests follow Arrange-Act-Assert nicely, but only with typical
# values: 10 days late, a 40-year-old, an 8-year-old, a debt of 9.00 EUR.
# Nothing sits on an edge (exactly 2 days late, age 16, exactly 5.00 EUR
# owed, a cap just reached), so the off-by-one bugs survive.
import unittest
from datetime import date, timedelta

from fines import Card, fine_cents

DUE = date(2025, 3, 10)


class TestFineCents(unittest.TestCase):
    def test_ten_days_late(self):
        # Arrange
        returned = DUE + timedelta(days=10)
        # Act
        fine = fine_cents("book", DUE, returned, 40)
        # Assert
        self.assertEqual(fine, 250)

    def test_child_ten_days_late(self):
        # Arrange
        returned = DUE + timedelta(days=10)
        # Act
        fine = fine_cents("book", DUE, returned, 8)
        # Assert
        self.assertEqual(fine, 125)

    def test_on_time(self):
        # Arrange
        returned = DUE
        # Act
        fine = fine_cents("dvd", DUE, returned, 40)
        # Assert
        self.assertEqual(fine, 0)


class TestCard(unittest.TestCase):
    def test_fines_add_up(self):
        # Arrange
        card = Card("Noor", 40)
        card.return_item("dvd", DUE, DUE + timedelta(days=5))
        # Act
        card.return_item("dvd", DUE, DUE + timedelta(days=4))
        # Assert
        self.assertEqual(card.owed_cents, 900)
        self.assertFalse(card.can_borrow())

    def test_pay(self):
        # Arrange
        card = Card("Noor", 40)
        card.return_item("dvd", DUE, DUE + timedelta(days=5))
        # Act
        card.pay(200)
        # Assert
        self.assertEqual(card.owed_cents, 300)


if __name__ == "__main__":
    unittest.main()
