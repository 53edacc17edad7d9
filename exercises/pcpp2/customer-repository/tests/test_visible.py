import shutil
import sqlite3
import unittest

from solution import CustomerRepository, DuplicateEmail


def fresh():
    repo = CustomerRepository(sqlite3.connect(":memory:"))
    repo.create_schema()
    return repo


class TestCustomerRepository(unittest.TestCase):
    def test_add_and_get(self):
        """add() returns the new id; get() returns a dict of the row, or None"""
        repo = fresh()
        first = repo.add("Sven Lund", "sven@lund.se", "+46 8 123 45")
        second = repo.add("Maria O'Connor", "maria@oconnor.ie")
        self.assertEqual((first, second), (1, 2), msg="the ids of the first two customers")
        self.assertEqual(repo.get(2), {"id": 2, "name": "Maria O'Connor",
                                       "email": "maria@oconnor.ie", "phone": None})
        self.assertIsNone(repo.get(99), msg="get() of an unknown id")

    def test_rows_by_name(self):
        """the repository sets a row factory, so rows read by column name"""
        repo = fresh()
        repo.add("Sven Lund", "sven@lund.se")
        row = repo.con.execute("SELECT name, email FROM customers").fetchone()
        self.assertEqual(row["email"], "sven@lund.se",
                         msg="con.row_factory should be sqlite3.Row")

    def test_duplicate_email(self):
        """a second customer with the same e-mail (any case) raises DuplicateEmail"""
        repo = fresh()
        repo.add("Sven Lund", "sven@lund.se")
        with self.assertRaises(DuplicateEmail):
            repo.add("S. Lund", "SVEN@lund.se")

    def test_add_many_all_or_nothing(self):
        """add_many() inserts in one transaction: a duplicate rolls back the whole batch"""
        repo = fresh()
        self.assertEqual(repo.add_many([("A", "a@x.org", None), ("B", "b@x.org", "1")]), 2)
        with self.assertRaises(DuplicateEmail):
            repo.add_many([("C", "c@x.org", None), ("A again", "a@x.org", None)])
        names = [row["name"] for row in repo.find("")]
        self.assertEqual(names, ["A", "B"], msg="C must not stay behind after the failed batch")

    def test_update_and_delete(self):
        """update() and delete() report whether the customer existed"""
        repo = fresh()
        repo.add("Sven Lund", "sven@lund.se")
        self.assertTrue(repo.update(1, phone="+46 70 000"))
        self.assertEqual(repo.get(1)["phone"], "+46 70 000")
        self.assertFalse(repo.update(5, phone="x"), msg="update() of an unknown id")
        self.assertTrue(repo.delete(1))
        self.assertFalse(repo.delete(1), msg="delete() of a customer already deleted")

    def test_find_in_the_crm(self):
        """find() on the shop's database: case-insensitive, sorted by name"""
        shutil.copy("/data/crm.db", "/tmp/t.db")
        repo = CustomerRepository(sqlite3.connect("/tmp/t.db"))
        self.assertEqual([c["name"] for c in repo.find("ar")], ["Ahmed Karimi", "Maria O'Connor"])
        self.assertEqual([c["id"] for c in repo.find("BAUER")], [1])


if __name__ == "__main__":
    unittest.main()
