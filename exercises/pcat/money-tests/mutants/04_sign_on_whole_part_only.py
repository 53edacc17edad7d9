# the minus sign applies to the whole part only: '-1.50' becomes -0.50
"""Money amounts of the Nordic Bike Rentals till.

An amount is a whole number of minor units (cents, pence; yen have none)
and a currency code. Floats are never used, so 0.1 + 0.2 problems cannot
happen.
"""
import re


class Money:
    # currency code -> number of decimal places of the amount
    CURRENCIES = {"EUR": 2, "USD": 2, "GBP": 2, "JPY": 0}

    def __init__(self, minor, currency):
        if not Money.is_valid_currency(currency):
            raise ValueError(f"unknown currency: {currency!r}")
        self.minor = minor
        self.currency = currency

    # ---- static methods: helpers that need neither an object nor the class

    @staticmethod
    def is_valid_currency(code):
        """True for a supported code, written exactly: 'EUR', not 'eur'."""
        return code in Money.CURRENCIES

    @staticmethod
    def parse_amount(text, places):
        """Turn '12.34' into minor units: parse_amount('12.34', 2) == 1234."""
        match = re.fullmatch(r"([+-]?)(\d+)(?:\.(\d+))?", text.strip())
        if match is None:
            raise ValueError(f"not an amount: {text!r}")
        sign, whole, fraction = match.groups()
        fraction = fraction or ""
        if len(fraction) > places:
            raise ValueError(f"too many decimals in {text!r}: at most {places}")
        minor = int(sign + whole) * 10 ** places + int(fraction.ljust(places, "0") or "0")
        return minor

    # ---- class methods: other ways to build an object of THIS class

    @classmethod
    def from_string(cls, text):
        """'12.34 EUR' -> cls(1234, 'EUR'); '1500 JPY' -> cls(1500, 'JPY')."""
        parts = text.split()
        if len(parts) != 2:
            raise ValueError(f"expected 'AMOUNT CURRENCY', got {text!r}")
        amount, currency = parts
        if not cls.is_valid_currency(currency):
            raise ValueError(f"unknown currency: {currency!r}")
        return cls(cls.parse_amount(amount, cls.CURRENCIES[currency]), currency)

    @classmethod
    def zero(cls, currency):
        """Nothing, in a currency: cls(0, currency)."""
        return cls(0, currency)

    # ---- instance methods: they work on one amount

    def __add__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return type(self)(self.minor + other.minor, self.currency)

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.minor, self.currency) == (other.minor, other.currency)

    def __repr__(self):
        return f"{type(self).__name__}({self.minor}, {self.currency!r})"

    def __str__(self):
        places = self.CURRENCIES[self.currency]
        sign = "-" if self.minor < 0 else ""
        whole, fraction = divmod(abs(self.minor), 10 ** places)
        if places == 0:
            return f"{sign}{whole} {self.currency}"
        return f"{sign}{whole}.{fraction:0{places}d} {self.currency}"

    def split(self, parts):
        """Split into `parts` amounts that add up exactly, larger ones first."""
        if parts < 1:
            raise ValueError("parts must be at least 1")
        share, extra = divmod(self.minor, parts)
        return [type(self)(share + (1 if i < extra else 0), self.currency)
                for i in range(parts)]
