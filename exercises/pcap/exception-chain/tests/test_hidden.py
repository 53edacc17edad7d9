import unittest

from solution import (BadDuration, ImportFailed, MissingField, explain, load_playlist,
                      parse_duration, parse_track)


class TestExceptionChainHidden(unittest.TestCase):
    def test_durations(self):
        """edge durations"""
        for text, seconds in [("0:00", 0), ("0:59", 59), ("10:00", 600), ("125:30", 7530)]:
            with self.subTest(text=text):
                self.assertEqual(parse_duration(text), seconds, msg=f"parse_duration({text!r})")

    def test_bad_durations(self):
        """bad durations raise ValueError"""
        for text in ["3:60", "3", "1:2:3", "", "a:10", "3:-1", "-1:30"]:
            with self.subTest(text=text):
                with self.assertRaises(ValueError, msg=f"parse_duration({text!r})"):
                    parse_duration(text)

    def test_duration_messages(self):
        """parse_duration's own messages"""
        for text, message in [("3", "expected M:SS, got '3'"),
                              ("1:2:3", "expected M:SS, got '1:2:3'"),
                              ("-1:30", "minutes must not be negative")]:
            with self.subTest(text=text):
                with self.assertRaises(ValueError) as cm:
                    parse_duration(text)
                self.assertEqual(str(cm.exception), message, msg="the message")

    def test_int_error_is_the_cause(self):
        """the cause can be int()'s own ValueError"""
        with self.assertRaises(BadDuration) as cm:
            parse_track("Song | Band | 3:xx", 9)
        self.assertIsInstance(cm.exception.__cause__, ValueError, msg="e.__cause__")
        self.assertEqual(cm.exception.reason, "bad duration '3:xx'", msg="e.reason")
        self.assertEqual(cm.exception.line_number, 9, msg="e.line_number")

    def test_empty_fields_have_no_cause(self):
        """an empty title or artist raises MissingField without a cause"""
        for line, message in [(" | Band | 3:00", "line 5: empty title"),
                              ("Song |   | 3:00", "line 5: empty artist")]:
            with self.subTest(line=line):
                with self.assertRaises(MissingField) as cm:
                    parse_track(line, 5)
                self.assertEqual(str(cm.exception), message, msg="str(e)")
                self.assertIsNone(cm.exception.__cause__, msg="e.__cause__")

    def test_caught_as_import_failed(self):
        """both errors can be caught as ImportFailed, not as ValueError"""
        for line in ["Song | Band | 9:99", "Song"]:
            with self.subTest(line=line):
                with self.assertRaises(ImportFailed):
                    parse_track(line, 1)
        self.assertFalse(issubclass(BadDuration, ValueError), msg="BadDuration is not a ValueError")

    def test_explain_without_cause(self):
        """explain of an error without a cause"""
        self.assertEqual(explain(MissingField(2, "empty title")),
                         "MissingField: line 2: empty title", msg="explain(MissingField(2, 'empty title'))")
        self.assertEqual(explain(KeyError("x")), "KeyError: 'x'", msg="explain(KeyError('x'))")

    def test_explain_any_chain(self):
        """explain works on any chained exception"""
        try:
            try:
                raise ValueError("boom")
            except ValueError as low:
                raise BadDuration(7, "bad duration 'x'") from low
        except BadDuration as e:
            error = e
        self.assertEqual(explain(error),
                         "BadDuration: line 7: bad duration 'x' (caused by ValueError: boom)",
                         msg="explain(error)")

    def test_load_playlist_line_numbers(self):
        """the error's line number counts blank and comment lines"""
        lines = ["# mix", "", "Señorita | Shawn Mendes | 3:11", "Ça plane pour moi | Plastic Bertrand"]
        with self.assertRaises(MissingField) as cm:
            load_playlist(lines)
        self.assertEqual(cm.exception.line_number, 4, msg="line_number")

    def test_load_playlist_unicode_and_spaces(self):
        """titles with accents and extra spaces"""
        lines = ["   Señorita   |Shawn Mendes|3:11  ", "  # indented comment", "   ",
                 "Ça plane pour moi | Plastic Bertrand | 3:00 | extra"]
        self.assertEqual(load_playlist(lines),
                         [("Señorita", "Shawn Mendes", 191), ("Ça plane pour moi", "Plastic Bertrand", 180)],
                         msg="load_playlist(lines)")

    def test_empty_playlist(self):
        """an empty playlist"""
        self.assertEqual(load_playlist([]), [], msg="load_playlist([])")


if __name__ == "__main__":
    unittest.main()
