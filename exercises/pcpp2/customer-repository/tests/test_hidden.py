import sqlite3
import unittest

from solution import CustomerRepository, DuplicateEmail


def fresh():
    repo = CustomerRepository(sqlite3.connect(":memory:"))
    repo.create_schema()
    return repo


class TestCustomerRepositoryHidden(unittest.TestCase):
    def test_find_takes_wildcards_literally(self):
        """find('%') and find('_') look for those characters, not for everything"""
        repo = fresh()
        repo.add("50% Off Outlet", "sales@outlet.example")
        repo.add("Plan_B Plumbing", "b@planb.example")
        repo.add("Planet Pipes", "p@planet.example")
        self.assertEqual([c["name"] for c in repo.find("%")], ["50% Off Outlet"])
        self.assertEqual([c["name"] for c in repo.find("n_")], ["Plan_B Plumbing"])

    def test_update_refuses_unknown_fields(self):
        """update() with a field that is not a column raises ValueError"""
        repo = fresh()
        repo.add("Sven Lund", "sven@lund.se")
        with self.assertRaises(ValueError):
            repo.update(1, **{"name = 'x'; --": "y"})
        with self.assertRaises(ValueError):
            repo.update(1)
        self.assertEqual(repo.get(1)["name"], "Sven Lund")

    def test_update_several_fields(self):
        """update() can change several fields at once"""
        repo = fresh()
        repo.add("Sven Lund", "sven@lund.se")
        repo.update(1, name="Sven Lund AB", email="info@lund.se", phone=None)
        self.assertEqual(repo.get(1), {"id": 1, "name": "Sven Lund AB",
                                       "email": "info@lund.se", "phone": None})

    def test_update_to_a_taken_email(self):
        """changing the e-mail to another customer's raises DuplicateEmail"""
        repo = fresh()
        repo.add("A", "a@x.org")
        repo.add("B", "b@x.org")
        with self.assertRaises(DuplicateEmail):
            repo.update(2, email="A@X.ORG")
        self.assertEqual(repo.get(2)["email"], "b@x.org")

    def test_changes_are_committed(self):
        """another connection sees what the repository wrote"""
        repo = CustomerRepository(sqlite3.connect("/tmp/shared.db"))
        repo.create_schema()
        repo.add("Sven Lund", "sven@lund.se")
        repo.add_many([("A", "a@x.org", None)])
        repo.update(1, phone="1")
        other = sqlite3.connect("/tmp/shared.db")
        self.assertEqual(other.execute("SELECT id, phone FROM customers ORDER BY id").fetchall(),
                         [(1, "1"), (2, None)])

    def test_add_many_accepts_a_generator(self):
        """add_many() takes any iterable and returns how many it inserted"""
        repo = fresh()
        count = repo.add_many((f"C{i}", f"c{i}@x.org", None) for i in range(5))
        self.assertEqual(count, 5)
        self.assertEqual(len(repo.find("c")), 5)


if __name__ == "__main__":
    unittest.main()
