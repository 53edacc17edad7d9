import unittest

from solution import (BadDuration, ImportFailed, MissingField, explain, load_playlist,
                      parse_duration, parse_track)


class TestExceptionChain(unittest.TestCase):
    def test_hierarchy(self):
        """MissingField and BadDuration are ImportFailed errors"""
        self.assertTrue(issubclass(ImportFailed, Exception), msg="ImportFailed -> Exception")
        self.assertTrue(issubclass(MissingField, ImportFailed), msg="MissingField -> ImportFailed")
        self.assertTrue(issubclass(BadDuration, ImportFailed), msg="BadDuration -> ImportFailed")

    def test_import_failed_fields(self):
        """ImportFailed(3, "oops") has its message in args"""
        e = ImportFailed(3, "oops")
        self.assertEqual(e.args, ("line 3: oops",), msg="e.args")
        self.assertEqual(e.line_number, 3, msg="e.line_number")
        self.assertEqual(e.reason, "oops", msg="e.reason")

    def test_parse_duration(self):
        """parse_duration turns M:SS into seconds"""
        self.assertEqual(parse_duration("3:45"), 225, msg='parse_duration("3:45")')
        with self.assertRaises(ValueError, msg='parse_duration("3:75")') as cm:
            parse_duration("3:75")
        self.assertEqual(cm.exception.args, ("seconds must be between 0 and 59",),
                         msg="args of the ValueError")

    def test_parse_track(self):
        """a good line becomes a (title, artist, seconds) tuple"""
        self.assertEqual(parse_track("Clair de lune | Debussy | 5:02", 1),
                         ("Clair de lune", "Debussy", 302),
                         msg='parse_track("Clair de lune | Debussy | 5:02", 1)')

    def test_bad_duration_is_chained(self):
        """a bad duration raises BadDuration from the ValueError"""
        with self.assertRaises(BadDuration, msg='parse_track("Song | Band | 3:75", 4)') as cm:
            parse_track("Song | Band | 3:75", 4)
        e = cm.exception
        self.assertEqual(str(e), "line 4: bad duration '3:75'", msg="str(e)")
        self.assertIsInstance(e.__cause__, ValueError, msg="e.__cause__ must be the ValueError")
        self.assertEqual(e.__cause__.args, ("seconds must be between 0 and 59",),
                         msg="e.__cause__.args")

    def test_missing_field_is_chained(self):
        """a line without a duration raises MissingField from the IndexError"""
        with self.assertRaises(MissingField, msg='parse_track("Song | Band", 2)') as cm:
            parse_track("Song | Band", 2)
        self.assertEqual(str(cm.exception), "line 2: expected TITLE | ARTIST | M:SS", msg="str(e)")
        self.assertIsInstance(cm.exception.__cause__, IndexError,
                              msg="e.__cause__ must be the IndexError")

    def test_explain(self):
        """explain describes the error and its cause"""
        with self.assertRaises(ImportFailed, msg='parse_track("Song | Band | 3:75", 4)') as cm:
            parse_track("Song | Band | 3:75", 4)
        self.assertEqual(explain(cm.exception), "BadDuration: line 4: bad duration '3:75' "
                               "(caused by ValueError: seconds must be between 0 and 59)",
                         msg="explain(error)")

    def test_load_playlist(self):
        """load_playlist skips blank lines and comments"""
        lines = ["# road trip", "Clair de lune | Debussy | 5:02", "", "Jolene | Dolly Parton | 2:42"]
        self.assertEqual(load_playlist(lines),
                         [("Clair de lune", "Debussy", 302), ("Jolene", "Dolly Parton", 162)],
                         msg="load_playlist(lines)")


if __name__ == "__main__":
    unittest.main()
