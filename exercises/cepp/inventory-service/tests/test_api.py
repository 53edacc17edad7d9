"""The REST layer over an in-memory database: status codes and payloads."""

import json
import sqlite3
import unittest

from api import Api
from storage import Storage


def fresh():
    storage = Storage(sqlite3.connect(":memory:"))
    api = Api(storage, low_threshold=5)
    for sku, qty in [("CBL-201", 40), ("MON-301", 2)]:
        status, _ = api.handle("POST", "/products", json.dumps(
            {"sku": sku, "name": sku.lower(), "price_cents": 100, "qty": qty}))
        assert status == 201, status
    return api, storage


class TestApi(unittest.TestCase):
    def test_the_storage_is_injected(self):
        """Api(storage, low_threshold) works on any Storage, even :memory:"""
        api, _ = fresh()
        status, payload = api.handle("GET", "/products")
        self.assertEqual(status, 200)
        self.assertEqual([p["sku"] for p in payload], ["CBL-201", "MON-301"])
        self.assertEqual([p["low"] for p in payload], [False, True])

    def test_a_duplicate_sku_is_409(self):
        """POSTing a sku that exists answers 409 and changes nothing"""
        api, storage = fresh()
        status, payload = api.handle("POST", "/products", json.dumps(
            {"sku": "MON-301", "name": "Other", "price_cents": 5}))
        self.assertEqual((status, payload), (409, {"error": "MON-301 already exists"}))
        self.assertEqual(storage.get("MON-301")["name"], "mon-301")

    def test_broken_json_is_400(self):
        """A body that is not JSON answers 400, not a crash"""
        api, _ = fresh()
        self.assertEqual(api.handle("POST", "/products", "{sku: 1"),
                         (400, {"error": "body is not valid JSON"}))


if __name__ == "__main__":
    unittest.main()
