import unittest

from solution import SettingsError, explain, load_settings, lookup, origin, parse_port


def raised(func, *args):
    """The exception func(*args) raises (the test fails if none)."""
    try:
        func(*args)
    except Exception as exc:  # noqa: BLE001 - we want whatever it raised
        return exc
    raise AssertionError(f"{func.__name__}{args!r} raised nothing")


class TestChainVisible(unittest.TestCase):
    def test_port_error_has_cause(self):
        """parse_port('80x') raises SettingsError caused by the ValueError"""
        exc = raised(parse_port, "80x")
        self.assertIsInstance(exc, SettingsError)
        self.assertEqual(str(exc), "port '80x' is not a number")
        self.assertIsInstance(exc.__cause__, ValueError, msg="use raise ... from exc")
        self.assertIs(exc.__context__, exc.__cause__)

    def test_line_error_chain(self):
        """a bad line gives a three-level chain"""
        exc = raised(load_settings, ["host = db.internal", "port = 80x"])
        self.assertEqual(explain(exc), [
            "SettingsError: line 2: port '80x' is not a number",
            "SettingsError: port '80x' is not a number",
            "ValueError: invalid literal for int() with base 10: '80x'",
        ])

    def test_lookup_hides_keyerror(self):
        """lookup() of a missing key raises SettingsError from None"""
        exc = raised(lookup, {"host": "db"}, "port")
        self.assertEqual(str(exc), "missing setting 'port'")
        self.assertIsNone(exc.__cause__)
        self.assertTrue(exc.__suppress_context__)
        self.assertEqual(explain(exc), ["SettingsError: missing setting 'port'"])

    def test_implicit_chain(self):
        """explain() follows __context__ when there is no cause"""
        try:
            try:
                {}["timeout"]
            except KeyError:
                1 / 0
        except ZeroDivisionError as exc:
            self.assertEqual(explain(exc), ["ZeroDivisionError: division by zero",
                                            "KeyError: 'timeout'"])

    def test_origin(self):
        """origin() names the function where each exception was raised"""
        exc = raised(load_settings, ["port=0x50"])
        self.assertEqual(origin(exc), "load_settings")
        self.assertEqual(origin(exc.__cause__), "parse_port")


if __name__ == "__main__":
    unittest.main()
