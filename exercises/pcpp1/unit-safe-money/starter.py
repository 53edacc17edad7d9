# Make Money behave like a value: == and hash, ordering, + - * with the
# right currency checks, sum(), str() and repr() (see the README).
from decimal import Decimal


class CurrencyMismatch(ValueError):
    """Two amounts in different currencies were combined or compared."""


class Money:
    def __init__(self, amount, currency):
        # TODO: refuse floats (TypeError) and bad currency codes (ValueError),
        #       round the amount to cents, halves up
        self.amount = Decimal(amount)
        self.currency = currency

    # TODO: __repr__, __str__, __eq__, __hash__, __lt__ (and the other
    #       comparisons), __add__, __radd__, __sub__, __mul__, __rmul__,
    #       __neg__, __bool__
