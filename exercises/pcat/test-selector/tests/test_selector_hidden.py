"""More checks of select_tests and run_quietly."""
import contextlib
import io
import types
import unittest

from solution import run_quietly, select_tests


def make_module(name, *classes):
    module = types.ModuleType(name)
    for cls in classes:
        cls.__module__ = name
        cls.__qualname__ = cls.__name__
        setattr(module, cls.__name__, cls)
    return module


def ids(suite):
    found = []
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            found += ids(item)
        else:
            found.append(item.id())
    return found


def weather_tests():
    class TestForecast(unittest.TestCase):
        def test_rain_tomorrow(self):
            pass

        def test_Rain_in_Åre(self):
            pass

        def test_sunny_weekend(self):
            pass

    class TestAlerts(unittest.TestCase):
        def test_storm_alert(self):
            self.assertTrue(False)

        def test_rain_alert(self):
            pass

    return make_module("weather_tests", TestForecast, TestAlerts)


class TestSelectTestsHidden(unittest.TestCase):
    def test_several_patterns_select_once(self):
        """a test that matches several patterns is selected once, in order"""
        result = ids(select_tests(weather_tests(), ["rain", "*alert", "Alerts"]))
        self.assertEqual(result, ["weather_tests.TestAlerts.test_rain_alert",
                                  "weather_tests.TestAlerts.test_storm_alert",
                                  "weather_tests.TestForecast.test_rain_tomorrow"])

    def test_case_sensitive(self):
        """matching is case-sensitive, also with * and non-ASCII names"""
        module = weather_tests()
        self.assertEqual(ids(select_tests(module, ["Rain"])),
                         ["weather_tests.TestForecast.test_Rain_in_Åre"])
        self.assertEqual(ids(select_tests(module, ["*Åre"])),
                         ["weather_tests.TestForecast.test_Rain_in_Åre"])
        self.assertEqual(ids(select_tests(module, ["*åre"])), [])

    def test_selected_tests_run(self):
        """the selected suite runs: only its tests are counted"""
        suite = select_tests(weather_tests(), ["Alerts"], exclude=["storm"])
        with contextlib.redirect_stderr(io.StringIO()):
            counts = run_quietly(suite)
        self.assertEqual(counts, {"run": 1, "failures": 0, "errors": 0, "skipped": 0,
                                  "ok": True})

    def test_empty_selection(self):
        """nothing selected: an empty suite that runs zero tests successfully"""
        suite = select_tests(weather_tests(), ["snow"])
        self.assertIsInstance(suite, unittest.TestSuite)
        self.assertEqual(suite.countTestCases(), 0)
        with contextlib.redirect_stderr(io.StringIO()):
            counts = run_quietly(suite)
        self.assertEqual(counts, {"run": 0, "failures": 0, "errors": 0, "skipped": 0,
                                  "ok": True})


if __name__ == "__main__":
    unittest.main()
