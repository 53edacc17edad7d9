import unittest

from solution import Timer, temp_setting


def fake_clock(*readings):
    ticks = iter(readings)
    return lambda: next(ticks)


class TestTempSettingHidden(unittest.TestCase):
    def test_none_value_is_restored_not_deleted(self):
        """a key whose value is None keeps it (absent and None differ)"""
        settings = {"proxy": None}
        with temp_setting(settings, "proxy", "http://cache:3128") as old:
            self.assertIsNone(old, msg="previous value of 'proxy'")
        self.assertEqual(settings, {"proxy": None}, msg="'proxy' was there, with value None")

    def test_nested_blocks_same_key(self):
        """nested blocks on the same key unwind in order"""
        settings = {"units": "metric"}
        with temp_setting(settings, "units", "imperial"):
            with temp_setting(settings, "units", "kelvin") as old:
                self.assertEqual(old, "imperial", msg="inner block's previous value")
                self.assertEqual(settings["units"], "kelvin")
            self.assertEqual(settings["units"], "imperial", msg="after the inner block")
        self.assertEqual(settings, {"units": "metric"}, msg="after both blocks")

    def test_nested_absent_key_with_exception(self):
        """an exception crossing two nested blocks restores both levels"""
        settings = {}
        with self.assertRaises(KeyError):
            with temp_setting(settings, "station", "Tromsø"):
                with temp_setting(settings, "station", "Bodø"):
                    settings["missing"]
        self.assertEqual(settings, {}, msg="'station' was absent before both blocks")

    def test_same_exception_object(self):
        """the very exception of the block leaves the with statement"""
        settings = {"units": "metric"}
        error = ValueError("bad reading: −40 °C")
        with self.assertRaises(ValueError) as cm:
            with temp_setting(settings, "units", "imperial"):
                raise error
        self.assertIs(cm.exception, error, msg="the exception must not be replaced")
        self.assertEqual(settings["units"], "metric")

    def test_early_return_restores(self):
        """leaving the block with `return` restores too"""
        settings = {"langue": "français"}

        def read_inside():
            with temp_setting(settings, "langue", "norsk bokmål"):
                return settings["langue"]

        self.assertEqual(read_inside(), "norsk bokmål", msg="value seen inside")
        self.assertEqual(settings, {"langue": "français"}, msg="after return")


class TestTimerHidden(unittest.TestCase):
    def test_reused_timer_measures_anew(self):
        """a timer used twice measures each block and calls the clock twice per block"""
        calls = []
        readings = iter([0.0, 1.5, 10.0, 10.75])

        def clock():
            calls.append(1)
            return next(readings)

        timer = Timer(clock=clock)
        with timer:
            pass
        self.assertEqual(timer.elapsed, 1.5, msg="first block")
        with timer:
            self.assertIsNone(timer.elapsed, msg="elapsed inside the second block")
        self.assertEqual(timer.elapsed, 0.75, msg="second block")
        self.assertEqual(len(calls), 4, msg="clock() calls for two blocks")

    def test_new_timer_has_no_elapsed(self):
        """a timer that has not run yet has elapsed None"""
        self.assertIsNone(Timer(clock=fake_clock()).elapsed)

    def test_default_clock(self):
        """without a clock argument, real seconds are measured"""
        with Timer() as t:
            sum(range(1000))
        self.assertIsInstance(t.elapsed, float, msg="elapsed with the default clock")
        self.assertGreaterEqual(t.elapsed, 0.0)
        self.assertLess(t.elapsed, 5.0)

    def test_large_clock_values(self):
        """big clock readings (a clock counting since 1970) subtract exactly"""
        timer = Timer(clock=fake_clock(1_750_000_000, 1_750_000_042))
        with timer:
            pass
        self.assertEqual(timer.elapsed, 42)


if __name__ == "__main__":
    unittest.main()
