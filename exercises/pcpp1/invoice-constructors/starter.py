# Add the static and class methods of Invoice (see the README).
import re
from decimal import Decimal, InvalidOperation


class Invoice:
    """An invoice: a number such as INV-0007, a customer and an amount."""

    prefix = "INV-"

    def __init__(self, number, customer, amount):
        # TODO: refuse a bad number with ValueError (use is_valid_number)
        self.number = number
        self.customer = customer
        self.amount = amount

    # TODO: @staticmethod parse_amount(text)
    # TODO: @classmethod is_valid_number(cls, number), next_number(cls),
    #       from_csv_line(cls, line), from_dict(cls, data) - build with cls(...)


class CreditNote(Invoice):
    """Money given back to a customer; numbered CRN-0001, CRN-0002..."""

    prefix = "CRN-"
