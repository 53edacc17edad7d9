import unittest
from datetime import date, datetime
from decimal import Decimal

import pandas as pd

from solution import invoices_frame, load_invoice, overdue

DB = "/tmp/studio.db"


class TestInvoiceTypesVisible(unittest.TestCase):
    def test_load_invoice_types(self):
        """load_invoice() turns each SQLite value into its Python type"""
        invoice = load_invoice(DB, 1)
        expected_types = {
            "id": int, "client": str, "issued_on": date, "due_on": date,
            "paid_at": datetime, "amount": Decimal, "vat_rate": float, "disputed": bool,
        }
        self.assertIsInstance(invoice, dict, msg="load_invoice(DB, 1) should return a dict")
        self.assertEqual(sorted(invoice), sorted(expected_types), msg="the keys of the dict")
        for key, kind in expected_types.items():
            with self.subTest(key=key):
                self.assertIsInstance(invoice[key], kind,
                                      msg=f"invoice 1: {key} is {invoice[key]!r}, "
                                          f"it should be a {kind.__module__}.{kind.__name__}"
                                      if kind.__module__ != "builtins" else
                                      f"invoice 1: {key} is {invoice[key]!r}, it should be a {kind.__name__}")

    def test_load_invoice_values(self):
        """invoice 1, value by value"""
        self.assertEqual(load_invoice(DB, 1), {
            "id": 1, "client": "Northwind Bakery",
            "issued_on": date(2026, 1, 5), "due_on": date(2026, 2, 4),
            "paid_at": datetime(2026, 1, 28, 9, 14, 3),
            "amount": Decimal("1250.00"), "vat_rate": 0.2, "disputed": False,
        })

    def test_null_becomes_none(self):
        """an unpaid, reverse-charge invoice has None for paid_at and vat_rate"""
        invoice = load_invoice(DB, 3)
        self.assertIsNone(invoice["paid_at"], msg="invoice 3: paid_at (NULL in the database)")
        self.assertIsNone(invoice["vat_rate"], msg="invoice 3: vat_rate (NULL in the database)")
        self.assertIs(invoice["disputed"], True, msg="invoice 3: disputed (1 in the database)")
        self.assertEqual(invoice["amount"], Decimal("2300.00"), msg="invoice 3: amount")

    def test_no_such_invoice(self):
        """load_invoice() of an id that does not exist is None"""
        self.assertIsNone(load_invoice(DB, 11), msg="load_invoice(DB, 11)")

    def test_overdue(self):
        """overdue() on 15 March 2026: date arithmetic on real dates"""
        self.assertEqual(overdue(DB, date(2026, 3, 15)), [
            (3, "Atelier Brun", 29, Decimal("2300.00")),
            (5, "Northwind Bakery", 11, Decimal("475.00")),
            (7, "Café Olé", 2, Decimal("666.10")),
        ])

    def test_frame_dtypes(self):
        """invoices_frame() has datetime, float and bool columns"""
        frame = invoices_frame(DB)
        self.assertIsInstance(frame, pd.DataFrame, msg="invoices_frame() should return a DataFrame")
        self.assertEqual(sorted(frame.columns),
                         sorted(["id", "client", "issued_on", "due_on", "paid_at",
                                 "amount_eur", "vat_rate", "disputed"]),
                         msg="the columns of the DataFrame")
        checks = {
            "issued_on": pd.api.types.is_datetime64_any_dtype,
            "due_on": pd.api.types.is_datetime64_any_dtype,
            "paid_at": pd.api.types.is_datetime64_any_dtype,
            "amount_eur": pd.api.types.is_float_dtype,
            "vat_rate": pd.api.types.is_float_dtype,
            "disputed": pd.api.types.is_bool_dtype,
            "id": pd.api.types.is_integer_dtype,
        }
        for column, check in checks.items():
            with self.subTest(column=column):
                self.assertTrue(check(frame[column]),
                                msg=f"column {column} has dtype {frame[column].dtype}, "
                                    f"expected {check.__name__[3:]}")

    def test_frame_values(self):
        """invoices_frame(): ten rows in id order, NaT for unpaid, euros"""
        frame = invoices_frame(DB)
        self.assertEqual(frame["id"].tolist(), list(range(1, 11)), msg="the ids, in order")
        self.assertEqual(int(frame["paid_at"].isna().sum()), 5, msg="unpaid invoices (NaT in paid_at)")
        self.assertAlmostEqual(frame.loc[0, "amount_eur"], 1250.0, msg="amount_eur of invoice 1")
        self.assertEqual(frame.loc[0, "issued_on"], pd.Timestamp("2026-01-05"), msg="issued_on of invoice 1")


if __name__ == "__main__":
    unittest.main()
