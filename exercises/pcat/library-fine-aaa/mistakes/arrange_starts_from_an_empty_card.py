# Mistake: every Card test arranges a brand-new card that owes nothing, then
# returns ONE item. On an empty card, "add the fine to what is owed" and
# "replace what is owed by the fine" give the same result, so a card that
# forgets earlier fines passes. The Arrange step must build the situation
# the rule is about: a card that already owes something.
import unittest
from datetime import date, timedelta

from fines import Card, fine_cents

DUE = date(2025, 3, 10)


class TestFineCents(unittest.TestCase):
    def test_fines(self):
        table = [("book", 0, 34, 0), ("book", 2, 34, 0), ("book", 3, 34, 75),
                 ("book", 3, 15, 37), ("book", 3, 16, 75), ("dvd", 40, 34, 2500),
                 ("book", 50, 34, 1000), ("magazine", 30, 34, 300)]
        for item, days, age, cents in table:
            with self.subTest(item=item, days=days, age=age):
                # Arrange
                returned = DUE + timedelta(days=days)
                # Act
                fine = fine_cents(item, DUE, returned, age)
                # Assert
                self.assertEqual(fine, cents)


class TestCard(unittest.TestCase):
    def test_return_adds_the_fine(self):
        # Arrange
        card = Card("Noor", 34)
        # Act
        card.return_item("dvd", DUE, DUE + timedelta(days=5))
        # Assert
        self.assertEqual(card.owed_cents, 500)
        self.assertFalse(card.can_borrow())

    def test_pay(self):
        # Arrange
        card = Card("Noor", 34)
        card.return_item("dvd", DUE, DUE + timedelta(days=4))
        # Act
        card.pay(150)
        # Assert
        self.assertEqual(card.owed_cents, 250)

    def test_pay_too_much(self):
        # Arrange
        card = Card("Noor", 34)
        card.return_item("dvd", DUE, DUE + timedelta(days=4))
        # Act and Assert
        with self.assertRaises(ValueError):
            card.pay(401)


if __name__ == "__main__":
    unittest.main()
