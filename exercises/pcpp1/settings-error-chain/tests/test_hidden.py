import unittest

from solution import SettingsError, explain, load_settings, lookup, origin, parse_port


def raised(func, *args):
    try:
        func(*args)
    except Exception as exc:  # noqa: BLE001
        return exc
    raise AssertionError(f"{func.__name__}{args!r} raised nothing")


class TestChainHidden(unittest.TestCase):
    def test_out_of_range_has_no_chain(self):
        """a port out of range is a fresh error: no cause, no context"""
        exc = raised(parse_port, "70000")
        self.assertEqual(str(exc), "port 70000 out of range")
        self.assertIsNone(exc.__cause__)
        self.assertIsNone(exc.__context__)
        self.assertEqual(explain(exc), ["SettingsError: port 70000 out of range"])

    def test_line_without_equals(self):
        """a line without '=' is reported with its ValueError as cause"""
        exc = raised(load_settings, ["debug"])
        self.assertEqual(explain(exc), [
            "SettingsError: line 1: not enough values to unpack (expected 2, got 1)",
            "ValueError: not enough values to unpack (expected 2, got 1)",
        ])

    def test_good_settings(self):
        """good lines give a dict; the port becomes an int; lookup works"""
        settings = load_settings([" host = db.internal ", "port=5432", "url=a=b"])
        self.assertEqual(settings, {"host": "db.internal", "port": 5432, "url": "a=b"})
        self.assertEqual(lookup(settings, "port"), 5432)
        self.assertEqual(load_settings([]), {})

    def test_range_error_in_a_line(self):
        """a range error inside a line: two levels, the inner without a cause"""
        exc = raised(load_settings, ["port=0"])
        self.assertEqual(explain(exc), ["SettingsError: line 1: port 0 out of range",
                                        "SettingsError: port 0 out of range"])
        self.assertEqual(origin(exc.__cause__), "parse_port")

    def test_explain_suppressed_context_with_cause(self):
        """an explicit cause wins over a suppressed context"""
        try:
            try:
                raise KeyError("a")
            except KeyError:
                raise RuntimeError("b") from ValueError("c")
        except RuntimeError as exc:
            self.assertEqual(explain(exc), ["RuntimeError: b", "ValueError: c"])
            self.assertIsNone(origin(exc.__cause__))


if __name__ == "__main__":
    unittest.main()
