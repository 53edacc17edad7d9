"""A unit-safe Money type for the payments library."""
from decimal import ROUND_HALF_UP, Decimal
from functools import total_ordering

CENT = Decimal("0.01")


class CurrencyMismatch(ValueError):
    """Two amounts in different currencies were combined or compared."""


@total_ordering
class Money:
    """An amount of money in one currency, kept in whole cents."""

    def __init__(self, amount, currency):
        if isinstance(amount, float) or isinstance(amount, bool):
            raise TypeError("use a str, int or Decimal amount, not a float")
        if not (isinstance(currency, str) and len(currency) == 3
                and currency.isalpha() and currency.isupper()):
            raise ValueError(f"bad currency code: {currency!r}")
        self.amount = Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)
        self.currency = currency

    def __repr__(self):
        return f"Money('{self.amount}', '{self.currency}')"

    def __str__(self):
        return f"{self.amount} {self.currency}"

    def _same(self, other):
        if self.currency != other.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other)
        return self.amount < other.amount

    def __add__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __radd__(self, other):
        if other == 0:  # sum() starts from 0
            return self
        return NotImplemented

    def __sub__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor):
        if isinstance(factor, bool) or not isinstance(factor, (int, Decimal)):
            return NotImplemented
        return Money(self.amount * factor, self.currency)

    __rmul__ = __mul__

    def __neg__(self):
        return Money(-self.amount, self.currency)

    def __bool__(self):
        return self.amount != 0
