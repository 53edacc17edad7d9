import unittest
from decimal import Decimal

from solution import CreditNote, Invoice


class TestInvoiceHidden(unittest.TestCase):
    def test_each_class_counts_on_its_own(self):
        """Invoice and CreditNote number separately, each from 1"""
        self.assertEqual([Invoice.next_number() for _ in range(3)],
                         ["INV-0001", "INV-0002", "INV-0003"])
        self.assertEqual(CreditNote.next_number(), "CRN-0001")
        self.assertEqual(Invoice.next_number(), "INV-0004")

    def test_blank_number_gets_the_next(self):
        """an empty NUMBER field takes the class's next number"""
        a = Invoice.from_csv_line(";ACME;10")
        b = Invoice.from_csv_line(" ;ACME;10")
        self.assertEqual(int(b.number[4:]), int(a.number[4:]) + 1)
        self.assertTrue(Invoice.is_valid_number(a.number))

    def test_bad_amounts(self):
        """malformed amounts raise ValueError"""
        for text in ["", "abc", "12.34.5", "1,234.50", "12,345"]:
            with self.subTest(text=text):
                with self.assertRaises(ValueError):
                    Invoice.parse_amount(text)

    def test_credit_note_is_an_invoice(self):
        """a CreditNote is an Invoice; its number needs the CRN- prefix"""
        note = CreditNote("CRN-0010", "ACME", Decimal("-5"))
        self.assertIsInstance(note, Invoice)
        with self.assertRaises(ValueError):
            CreditNote("INV-0010", "ACME", Decimal("-5"))
        with self.assertRaises(ValueError):
            CreditNote.from_csv_line("INV-0005;ACME;5")


if __name__ == "__main__":
    unittest.main()
