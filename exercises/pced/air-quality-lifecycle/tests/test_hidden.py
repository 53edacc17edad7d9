import unittest

from solution import analyze, archive, clean, store


def raw(station, date, pm25):
    return {"station": station, "date": date, "pm25": pm25, "history": ["collected"]}


def stored(*readings):
    database = {}
    store(clean([raw(*r) for r in readings]), database)
    return database


class TestLifecycleHidden(unittest.TestCase):
    def test_impossible_readings_dropped(self):
        """missing, negative, nan, inf and comma readings are dropped"""
        cleaned = clean([raw("A", "2025-01-01", v)
                         for v in ["", " ", "n/a", "-0.5", "nan", "inf", "7,5"]])
        self.assertEqual(cleaned, [], msg="none of these readings is usable")

    def test_zero_is_a_reading(self):
        """a reading of 0 (very clean air) is kept"""
        cleaned = clean([raw("A", "2025-01-01", "0"), raw("B", "2025-01-01", " 0.0 ")])
        self.assertEqual([r["pm25"] for r in cleaned], [0.0, 0.0], msg="pm25 of zero readings")

    def test_invalid_dates_dropped(self):
        """31 February, 2025-13-01 and an empty date are dropped; unicode names survive"""
        cleaned = clean([raw("Escola Sul", "31/02/2025", "5"),
                         raw("Escola Sul", "2025-13-01", "5"),
                         raw("Escola Sul", "", "5"),
                         raw("  Liceu  Camões ", "1 Mar 2025", "4.2")])
        self.assertEqual([(r["station"], r["date"]) for r in cleaned],
                         [("liceu camões", "2025-03-01")], msg="the only valid record")

    def test_duplicate_keeps_first(self):
        """the same station and day in three spellings is one record: the first"""
        cleaned = clean([raw("Escola Norte", "2025-01-05", "12"),
                         raw("ESCOLA  NORTE", "05/01/2025", "99"),
                         raw(" escola norte", "5 Jan 2025", "50")])
        self.assertEqual([r["pm25"] for r in cleaned], [12.0], msg="the kept reading")

    def test_store_keeps_existing(self):
        """store() never replaces a stored record and only marks the new ones"""
        database = stored(("A", "2025-01-01", "1"))
        later = clean([raw("A", "2025-01-01", "2"), raw("B", "2025-01-01", "3")])
        self.assertEqual(store(later, database), 1, msg="only B is new")
        self.assertEqual(database[("a", "2025-01-01")]["pm25"], 1.0, msg="A keeps its reading")
        self.assertEqual(later[0]["history"], ["collected", "cleaned"],
                         msg="history of the record that was not stored")

    def test_archive_boundary_and_order(self):
        """the cutoff day itself stays; archived records come by date, then station"""
        database = stored(("b", "2025-01-02", "1"), ("a", "2025-01-02", "2"),
                          ("c", "2025-01-01", "3"), ("a", "2025-01-03", "4"))
        archived = archive(database, "2025-01-03")
        self.assertEqual([(r["station"], r["date"]) for r in archived],
                         [("c", "2025-01-01"), ("a", "2025-01-02"), ("b", "2025-01-02")],
                         msg="archive(database, '2025-01-03')")
        self.assertEqual(list(database), [("a", "2025-01-03")], msg="what stays")

    def test_empty_database(self):
        """an empty database analyzes to {} and archives nothing"""
        self.assertEqual(analyze({}), {}, msg="analyze({})")
        self.assertEqual(archive({}, "2025-01-01"), [], msg="archive({}, '2025-01-01')")


if __name__ == "__main__":
    unittest.main()
