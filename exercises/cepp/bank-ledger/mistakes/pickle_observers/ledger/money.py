"""Amounts are whole cents (int); text is always two decimals."""

from decimal import Decimal, InvalidOperation

from ledger.errors import InvalidAmount


def parse_amount(text):
    """'12.5' -> 1250. Positive, at most two decimals; InvalidAmount otherwise."""
    try:
        value = Decimal(text)
    except InvalidOperation as error:
        raise InvalidAmount(f"not an amount: {text}") from error
    cents = value * 100
    if not value.is_finite() or cents != cents.to_integral_value() or cents <= 0:
        raise InvalidAmount(f"amount must be positive with at most 2 decimals: {text}")
    return int(cents)


def fmt(cents):
    """1250 -> '12.50', -5 -> '-0.05'."""
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"
