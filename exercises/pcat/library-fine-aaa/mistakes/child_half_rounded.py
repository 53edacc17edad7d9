# Mistake: a wrong expectation. A child's book 3 days late costs half of 75
# cents; the test expects 38 (rounded), but the rules say halves are rounded
# DOWN: 37. The test fails on the correct module, so no bug is counted.
# Work expected values out from the README, not from habit.
import unittest
from datetime import date, timedelta

from fines import Card, fine_cents

DUE = date(2025, 3, 10)


class TestFineCents(unittest.TestCase):
    def test_after_grace(self):
        # Arrange
        returned = DUE + timedelta(days=3)
        # Act
        fine = fine_cents("book", DUE, returned, 34)
        # Assert
        self.assertEqual(fine, 75)

    def test_child_pays_half(self):
        # Arrange
        returned = DUE + timedelta(days=3)
        # Act
        fine = fine_cents("book", DUE, returned, 9)
        # Assert
        self.assertEqual(fine, 38)

    def test_grace(self):
        # Arrange
        returned = DUE + timedelta(days=2)
        # Act
        fine = fine_cents("book", DUE, returned, 34)
        # Assert
        self.assertEqual(fine, 0)


class TestCard(unittest.TestCase):
    def test_fines_add_up(self):
        # Arrange
        card = Card("Noor", 34)
        card.return_item("book", DUE, DUE + timedelta(days=4))
        # Act
        card.return_item("dvd", DUE, DUE + timedelta(days=3))
        # Assert
        self.assertEqual(card.owed_cents, 400)


if __name__ == "__main__":
    unittest.main()
