# Write unittest tests for money.Money (see the README). Your tests must pass
# on the real money.py and fail on each buggy copy of it. Test every kind of
# method: static (on the class AND on an instance), class methods (also on a
# subclass of Money) and instance methods, with edge cases.
import unittest

from money import Money


class TestClassMethods(unittest.TestCase):
    def test_from_string_reads_amount_and_currency(self):
        # Arrange
        text = "12.34 EUR"
        # Act
        price = Money.from_string(text)
        # Assert
        self.assertEqual((price.minor, price.currency), (1234, "EUR"))

    # TODO: from_string with JPY, a negative amount, a short decimal part
    # TODO: from_string called on a subclass of Money gives that subclass


# TODO: class TestStaticMethods(unittest.TestCase): is_valid_currency and
#       parse_amount, called on Money and on an instance, good and bad input

# TODO: class TestInstanceMethods(unittest.TestCase): +, ==, str(), split()


if __name__ == "__main__":
    unittest.main()
