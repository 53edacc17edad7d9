# Mistake: the tests are plain functions with bare `assert`s at module level,
# the way pytest would run them. unittest only runs `test_*` METHODS of
# unittest.TestCase subclasses, so it finds no test at all: the suite
# "passes" on every implementation and catches no bug.
from money import Money


def test_from_string():
    assert Money.from_string("12.34 EUR") == Money(1234, "EUR")


def test_negative():
    assert Money.from_string("-0.50 GBP") == Money(-50, "GBP")


def test_add_different_currencies():
    try:
        Money(250, "EUR") + Money(250, "USD")
    except ValueError:
        return
    assert False, "no ValueError"


def test_split():
    assert Money(100, "EUR").split(3) == [Money(34, "EUR"), Money(33, "EUR"), Money(33, "EUR")]
