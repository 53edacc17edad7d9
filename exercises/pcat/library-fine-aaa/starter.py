# Write unittest tests for the library's fines (see the README). Give every
# test the same three parts, in this order:
#   Arrange: build what the test needs (dates, a Card with its history);
#   Act:     do the ONE thing the test is about;
#   Assert:  check the result (and only then).
import unittest
from datetime import date, timedelta

from fines import Card, fine_cents

DUE = date(2025, 3, 10)


class TestFineCents(unittest.TestCase):
    def test_book_three_days_late(self):
        # Arrange
        returned = DUE + timedelta(days=3)
        # Act
        fine = fine_cents("book", DUE, returned, 34)
        # Assert
        self.assertEqual(fine, 75)

    # TODO: the grace period (0, 1, 2 days late, and returned early),
    #       children under 16, the caps, an unknown item type


class TestCard(unittest.TestCase):
    # TODO: fines add up on a card that already owes something,
    #       borrowing stops at 5.00 EUR owed, paying off (and refused payments)
    pass


if __name__ == "__main__":
    unittest.main()
