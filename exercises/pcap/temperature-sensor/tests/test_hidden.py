import unittest

from solution import TemperatureSensor


class HiddenSensorTests(unittest.TestCase):
    def test_max_seen(self):
        """max_seen remembers the highest value"""
        s = TemperatureSensor("Greenhouse 2")
        for value in (30, 25.5, 12):
            s.celsius = value
        self.assertEqual(s.max_seen, 30.0, msg="max_seen after 20, 30, 25.5, 12")
        self.assertEqual(s.celsius, 12.0, msg="celsius after the last value")

    def test_negative_range(self):
        """A freezer: negative limits, and the limits themselves are allowed"""
        f = TemperatureSensor("Freezer", celsius=-18, low=-60, high=0)
        self.assertEqual(f.max_seen, -18.0, msg="max_seen of a freezer starting at -18")
        f.celsius = -25
        self.assertEqual(f.max_seen, -18.0, msg="max_seen after -18 then -25")
        f.celsius = -60
        f.celsius = 0
        self.assertEqual(f.celsius, 0.0, msg="high=0 itself is allowed")
        with self.assertRaises(ValueError, msg="0.5 is above high=0"):
            f.celsius = 0.5
        self.assertEqual(f.max_seen, 0.0, msg="max_seen after reaching 0")

    def test_bad_constructor(self):
        """Bad names and limits raise ValueError"""
        bad = {
            "empty name": dict(name=""),
            "name is not a str": dict(name=5),
            "low == high": dict(name="x", low=10, high=10),
            "low > high": dict(name="x", low=50, high=10),
            "low below absolute zero": dict(name="x", low=-300, high=10, celsius=0),
        }
        for label, kwargs in bad.items():
            with self.subTest(label):
                with self.assertRaises(ValueError):
                    TemperatureSensor(**kwargs)

    def test_bool(self):
        """True is not a temperature"""
        s = TemperatureSensor("Greenhouse 2")
        with self.assertRaises(TypeError, msg="s.celsius = True"):
            s.celsius = True
        self.assertEqual(s.celsius, 20.0, msg="celsius must not change")

    def test_independent(self):
        """Two sensors keep their own values"""
        a = TemperatureSensor("A", celsius=10)
        b = TemperatureSensor("B", celsius=50)
        a.celsius = 15
        self.assertEqual((a.celsius, b.celsius), (15.0, 50.0), msg="(a.celsius, b.celsius)")
        self.assertEqual((a.max_seen, b.max_seen), (15.0, 50.0), msg="(a.max_seen, b.max_seen)")

    def test_more_read_only(self):
        """max_seen, low and high are read-only"""
        s = TemperatureSensor("Greenhouse 2")
        for attr in ("max_seen", "low", "high"):
            with self.subTest(attr=attr):
                with self.assertRaises(AttributeError):
                    setattr(s, attr, 99)
        self.assertEqual((s.low, s.high, s.max_seen), (-40.0, 125.0, 20.0), msg="values after the refused assignments")

    def test_fahrenheit_values(self):
        """Fahrenheit conversions"""
        s = TemperatureSensor("Lab", celsius=-40)
        self.assertAlmostEqual(s.fahrenheit, -40.0, places=9, msg="-40 °C")
        s.celsius = 37
        self.assertAlmostEqual(s.fahrenheit, 98.6, places=9, msg="37 °C")
        s.celsius = 0
        self.assertAlmostEqual(s.fahrenheit, 32.0, places=9, msg="0 °C")

    def test_float_storage(self):
        """Whole numbers are stored as floats"""
        s = TemperatureSensor("Lab", celsius=21)
        self.assertIsInstance(s.celsius, float, msg="celsius given as 21 must be returned as a float")
        self.assertEqual(repr(s.celsius), "21.0", msg="repr(s.celsius)")

    def test_unicode_name(self):
        """A name with accents and a degree sign"""
        s = TemperatureSensor("Serre n°3 – côté sud")
        self.assertEqual(s.name, "Serre n°3 – côté sud", msg="name")


if __name__ == "__main__":
    unittest.main()
