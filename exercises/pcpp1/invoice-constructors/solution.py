"""Invoices and credit notes built from the accounting system's exports."""
import re
from decimal import Decimal, InvalidOperation


class Invoice:
    """An invoice: a number such as INV-0007, a customer and an amount."""

    prefix = "INV-"

    def __init__(self, number, customer, amount):
        if not self.is_valid_number(number):
            raise ValueError(f"bad {type(self).__name__} number: {number!r}")
        self.number = number
        self.customer = customer
        self.amount = amount

    @staticmethod
    def parse_amount(text):
        """Decimal of a European amount: '1.234,50' -> Decimal('1234.50')."""
        text = text.strip()
        if not re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d{1,2})?|-?\d+(,\d{1,2})?", text):
            raise ValueError(f"not an amount: {text!r}")
        try:
            return Decimal(text.replace(".", "").replace(",", "."))
        except InvalidOperation:
            raise ValueError(f"not an amount: {text!r}") from None

    @classmethod
    def is_valid_number(cls, number):
        """True for the class's prefix followed by exactly four digits."""
        return re.fullmatch(re.escape(cls.prefix) + r"\d{4}", number) is not None

    @classmethod
    def next_number(cls):
        """The next number of this class; every class counts on its own from 1."""
        cls._issued = cls.__dict__.get("_issued", 0) + 1
        return f"{cls.prefix}{cls._issued:04d}"

    @classmethod
    def from_csv_line(cls, line):
        """Build from 'NUMBER;CUSTOMER;AMOUNT'; an empty NUMBER gets the next one."""
        number, customer, amount = (field.strip() for field in line.split(";"))
        return cls(number or cls.next_number(), customer, cls.parse_amount(amount))

    @classmethod
    def from_dict(cls, data):
        """Build from {'number': ..., 'customer': ..., 'amount': '12,50'}."""
        return cls(data["number"], data["customer"], cls.parse_amount(data["amount"]))


class CreditNote(Invoice):
    """Money given back to a customer; numbered CRN-0001, CRN-0002..."""

    prefix = "CRN-"
