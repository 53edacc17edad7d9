import unittest

from solution import Timer, temp_setting


def fake_clock(*readings):
    """A clock that returns the given readings, one per call."""
    ticks = iter(readings)
    return lambda: next(ticks)


class TestTempSetting(unittest.TestCase):
    def test_value_inside_and_restored_after(self):
        """the new value holds inside the block and the old one comes back"""
        settings = {"units": "metric", "station": "Oslo"}
        with temp_setting(settings, "units", "imperial"):
            self.assertEqual(settings["units"], "imperial", msg="inside the with-block")
        self.assertEqual(settings, {"units": "metric", "station": "Oslo"},
                         msg="after the with-block")

    def test_as_target_is_previous_value(self):
        """`as` gives the previous value, or None for an absent key"""
        settings = {"units": "metric"}
        with temp_setting(settings, "units", "imperial") as old:
            self.assertEqual(old, "metric", msg="old value of 'units'")
        with temp_setting(settings, "debug", True) as old:
            self.assertIsNone(old, msg="'debug' was not in the dict")

    def test_restored_after_exception(self):
        """the old value comes back when the block raises, and the error is not hidden"""
        settings = {"units": "metric"}
        with self.assertRaises(RuntimeError, msg="the RuntimeError of the block must propagate"):
            with temp_setting(settings, "units", "imperial"):
                raise RuntimeError("sensor offline")
        self.assertEqual(settings, {"units": "metric"},
                         msg="settings after a block that raised RuntimeError")

    def test_absent_key_removed(self):
        """a key that was absent is removed again"""
        settings = {"units": "metric"}
        with temp_setting(settings, "debug", True):
            self.assertIs(settings["debug"], True, msg="inside the with-block")
        self.assertEqual(settings, {"units": "metric"},
                         msg="'debug' was absent before the block")


class TestTimer(unittest.TestCase):
    def test_measures_with_the_given_clock(self):
        """Timer(clock=...) measures end - start and `as` gives the timer"""
        timer = Timer(clock=fake_clock(100.0, 102.5))
        with timer as t:
            self.assertIs(t, timer, msg="`with Timer(...) as t` must give the timer itself")
            self.assertIsNone(t.elapsed, msg="elapsed before the block has ended")
        self.assertEqual(timer.elapsed, 2.5, msg="readings 100.0 then 102.5")

    def test_exception_propagates_and_time_recorded(self):
        """a block that raises is still timed, and the error is not swallowed"""
        timer = Timer(clock=fake_clock(5.0, 5.25))
        with self.assertRaises(ZeroDivisionError,
                               msg="__exit__ must not swallow the block's exception"):
            with timer:
                1 / 0
        self.assertEqual(timer.elapsed, 0.25, msg="readings 5.0 then 5.25")


if __name__ == "__main__":
    unittest.main()
