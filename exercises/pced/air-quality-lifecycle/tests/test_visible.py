import unittest

from solution import analyze, archive, clean, collect, store

RAW_SECOND = {"station": " escola norte ", "date": "05/01/2025", "pm25": "12.5",
              "history": ["collected"]}


class TestLifecycle(unittest.TestCase):
    def test_collect_keeps_raw_values(self):
        """collect() returns every row with its raw text and history ['collected']"""
        raw = collect("/data/readings.csv")
        self.assertEqual(len(raw), 11, msg="number of records collected from readings.csv")
        self.assertEqual(raw[1], RAW_SECOND,
                         msg="the second record, exactly as it is in the file")

    def test_clean_types_formats_duplicates(self):
        """clean() normalizes names, dates and numbers and drops bad rows and duplicates"""
        cleaned = clean(collect("/data/readings.csv"))
        self.assertEqual(
            [(r["station"], r["date"], r["pm25"]) for r in cleaned],
            [("escola norte", "2025-01-05", 12.5),
             ("escola sul", "2025-01-06", 30.1),
             ("escola sul", "2025-02-10", 18.0),
             ("escola norte", "2025-02-11", 9.75),
             ("liceu central", "2025-03-01", 22.4),
             ("escola sul", "2025-03-01", 25.9)],
            msg="(station, date, pm25) of the cleaned records of readings.csv")
        self.assertEqual(cleaned[0]["history"], ["collected", "cleaned"],
                         msg="history of a cleaned record")

    def test_clean_does_not_touch_raw(self):
        """clean() leaves the collected records (and their history lists) unchanged"""
        raw = collect("/data/readings.csv")
        clean(raw)
        self.assertEqual(raw[1], RAW_SECOND,
                         msg="the second raw record after clean(raw)")
        self.assertEqual(raw[0]["history"], ["collected"],
                         msg="history of the first raw record after clean(raw): did the "
                             "cleaned copy share the same history list?")

    def test_store_then_analyze(self):
        """store() adds new keys only; analyze() averages per station"""
        database = {}
        cleaned = clean(collect("/data/readings.csv"))
        self.assertEqual(store(cleaned, database), 6, msg="first store() of 6 records")
        self.assertEqual(store(clean(collect("/data/readings.csv")), database), 0,
                         msg="storing the same readings again adds nothing")
        self.assertEqual(sorted(database)[0], ("escola norte", "2025-01-05"),
                         msg="the keys of the database are (station, date)")
        self.assertEqual(analyze(database),
                         {"escola norte": 11.1, "escola sul": 24.7, "liceu central": 22.4},
                         msg="analyze(database)")

    def test_trace_one_reading(self):
        """a January reading goes through all five stages and ends in the archive"""
        database = {}
        store(clean(collect("/data/readings.csv")), database)
        analyze(database)
        archived = archive(database, "2025-02-01")
        self.assertEqual([(r["station"], r["date"]) for r in archived],
                         [("escola norte", "2025-01-05"), ("escola sul", "2025-01-06")],
                         msg="archive(database, '2025-02-01')")
        self.assertEqual(archived[0]["history"],
                         ["collected", "cleaned", "stored", "analyzed", "archived"],
                         msg="history of the archived reading")
        self.assertEqual(len(database), 4, msg="records left in the database")
        self.assertEqual(database[("liceu central", "2025-03-01")]["history"],
                         ["collected", "cleaned", "stored", "analyzed"],
                         msg="history of a recent reading that stays in the database")


if __name__ == "__main__":
    unittest.main()
