import unittest
from decimal import Decimal

from solution import CreditNote, Invoice


class TestInvoiceVisible(unittest.TestCase):
    def test_parse_amount(self):
        """parse_amount reads European amounts, from the class or an instance"""
        for text, value in [("1.234,50", "1234.50"), ("12,5", "12.5"), ("7", "7"),
                            ("-19,99", "-19.99"), (" 2.000.000,00 ", "2000000.00")]:
            with self.subTest(text=text):
                self.assertEqual(Invoice.parse_amount(text), Decimal(value))
        inv = Invoice("INV-0001", "ACME", Decimal("1"))
        self.assertEqual(inv.parse_amount("3,10"), Decimal("3.10"))

    def test_from_csv_line(self):
        """from_csv_line splits NUMBER;CUSTOMER;AMOUNT"""
        inv = Invoice.from_csv_line("INV-0042; Müller & Söhne GmbH ;1.234,50")
        self.assertIs(type(inv), Invoice)
        self.assertEqual((inv.number, inv.customer, inv.amount),
                         ("INV-0042", "Müller & Söhne GmbH", Decimal("1234.50")))

    def test_subclass_constructors_return_subclass(self):
        """CreditNote.from_csv_line and from_dict return CreditNotes"""
        note = CreditNote.from_csv_line("CRN-0003;ACME;-50,00")
        self.assertIs(type(note), CreditNote, msg="build the object with cls(...), not Invoice(...)")
        note = CreditNote.from_dict({"number": "CRN-0004", "customer": "ACME", "amount": "9,90"})
        self.assertIs(type(note), CreditNote)
        self.assertEqual(note.amount, Decimal("9.90"))

    def test_numbers_validated(self):
        """is_valid_number checks the class's own prefix; __init__ uses it"""
        self.assertTrue(Invoice.is_valid_number("INV-0001"))
        self.assertFalse(Invoice.is_valid_number("CRN-0001"))
        self.assertTrue(CreditNote.is_valid_number("CRN-0001"))
        self.assertFalse(Invoice.is_valid_number("INV-12"))
        with self.assertRaises(ValueError):
            Invoice("INV-1", "ACME", Decimal("1"))


if __name__ == "__main__":
    unittest.main()
