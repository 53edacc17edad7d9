"""More of the REST contract."""

import json
import sqlite3
import unittest

from api import Api
from storage import Storage


def fresh():
    storage = Storage(sqlite3.connect(":memory:"))
    api = Api(storage, low_threshold=5)
    for sku, qty in [("CBL-201", 40), ("MON-301", 2)]:
        api.handle("POST", "/products", json.dumps(
            {"sku": sku, "name": sku.lower(), "price_cents": 100, "qty": qty}))
    return api, storage


class TestApiHidden(unittest.TestCase):
    def test_an_unknown_route_is_404(self):
        """An unknown route answers 404 with an error message"""
        api, _ = fresh()
        status, payload = api.handle("PUT", "/products/CBL-201", "{}")
        self.assertEqual(status, 404)
        self.assertIn("error", payload)

    def test_stock_change_for_unknown_sku_rolls_back(self):
        """A change list naming an unknown sku answers 404 and keeps earlier changes out"""
        api, storage = fresh()
        body = {"changes": [{"sku": "CBL-201", "delta": -1}, {"sku": "XXX-000", "delta": 1}]}
        status, payload = api.handle("POST", "/stock", json.dumps(body))
        self.assertEqual((status, payload), (404, {"error": "no product XXX-000"}))
        self.assertEqual(storage.get("CBL-201")["qty"], 40)
        self.assertEqual(storage.con.execute("SELECT COUNT(*) FROM movements").fetchone(), (0,))

    def test_a_zero_delta_is_400(self):
        """A delta of 0 answers 400"""
        api, _ = fresh()
        status, _ = api.handle("POST", "/stock", json.dumps({"changes": [{"sku": "CBL-201", "delta": 0}]}))
        self.assertEqual(status, 400)

    def test_delete_refused_while_in_stock(self):
        """DELETE of a product still on the shelf answers 409"""
        api, storage = fresh()
        self.assertEqual(api.handle("DELETE", "/products/MON-301"),
                         (409, {"error": "still 2 in stock"}))
        self.assertIsNotNone(storage.get("MON-301"))


if __name__ == "__main__":
    unittest.main()
