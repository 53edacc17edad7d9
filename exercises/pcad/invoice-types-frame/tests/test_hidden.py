import unittest
from datetime import date, datetime
from decimal import Decimal

import pandas as pd

from solution import invoices_frame, load_invoice, overdue

DB = "/tmp/studio.db"


class TestInvoiceTypesHidden(unittest.TestCase):
    def test_timestamp_with_a_t(self):
        """a paid_at written with a T between date and time"""
        self.assertEqual(load_invoice(DB, 4)["paid_at"], datetime(2026, 2, 19, 11, 2, 45),
                         msg="invoice 4: paid_at '2026-02-19T11:02:45'")
        frame = invoices_frame(DB)
        self.assertEqual(frame.loc[frame["id"] == 10, "paid_at"].iloc[0],
                         pd.Timestamp("2026-03-05 17:30:12"),
                         msg="invoice 10 in the DataFrame: paid_at '2026-03-05T17:30:12'")

    def test_cents_stay_exact(self):
        """amounts are exact Decimals: 1999 cents is 19.99, and sums are exact"""
        self.assertEqual(load_invoice(DB, 4)["amount"], Decimal("19.99"), msg="invoice 4: amount")
        total = sum(load_invoice(DB, i)["amount"] for i in range(1, 11))
        self.assertIsInstance(total, Decimal, msg="sum of the amounts")
        self.assertEqual(total, Decimal("13922.43"), msg="sum of the ten amounts")
        self.assertEqual(str(load_invoice(DB, 6)["amount"]), "3120.75", msg="str() of invoice 6's amount")

    def test_overdue_edges(self):
        """due today is not late; a paid invoice never is; days are ints"""
        late = overdue(DB, date(2026, 3, 15))
        self.assertNotIn(9, [item[0] for item in late], msg="invoice 9 is due on 15 March itself")
        self.assertEqual(overdue(DB, date(2026, 2, 14)), [], msg="overdue(DB, date(2026, 2, 14))")
        self.assertEqual(overdue(DB, date(2026, 4, 2)), [
            (3, "Atelier Brun", 47, Decimal("2300.00")),
            (5, "Northwind Bakery", 29, Decimal("475.00")),
            (7, "Café Olé", 20, Decimal("666.10")),
            (9, "Kaffeehaus Jung", 18, Decimal("999.99")),
            (8, "Seaside Surf School", 11, Decimal("150.00")),
        ], msg="overdue(DB, date(2026, 4, 2))")
        self.assertIs(type(late[0][2]), int, msg="days late should be an int")

    def test_frame_nulls_and_flags(self):
        """NULL vat_rate is NaN, disputed holds True and False"""
        frame = invoices_frame(DB)
        self.assertEqual(int(frame["vat_rate"].isna().sum()), 6, msg="reverse-charge invoices (NaN vat_rate)")
        self.assertEqual(frame.loc[frame["disputed"], "id"].tolist(), [3, 9], msg="the disputed invoices")
        self.assertAlmostEqual(frame["amount_eur"].sum(), 13922.43, places=6, msg="total of amount_eur")

    def test_other_invoices(self):
        """invoices 2 and 10, value by value"""
        self.assertEqual(load_invoice(DB, 2), {
            "id": 2, "client": "Kaffeehaus Jung",
            "issued_on": date(2026, 1, 9), "due_on": date(2026, 2, 8),
            "paid_at": datetime(2026, 2, 10, 16, 40), "amount": Decimal("840.50"),
            "vat_rate": None, "disputed": False,
        })
        self.assertEqual(load_invoice(DB, 10)["due_on"], date(2026, 4, 1))


if __name__ == "__main__":
    unittest.main()
