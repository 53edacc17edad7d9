import unittest

from solution import TemperatureSensor


class VisibleSensorTests(unittest.TestCase):
    def test_defaults(self):
        """A new sensor with the default values"""
        s = TemperatureSensor("Greenhouse 1")
        self.assertEqual(s.name, "Greenhouse 1", msg="name")
        self.assertEqual(s.celsius, 20.0, msg="celsius defaults to 20.0")
        self.assertAlmostEqual(s.fahrenheit, 68.0, places=9, msg="fahrenheit of 20 °C")
        self.assertEqual((s.low, s.high), (-40.0, 125.0), msg="(low, high) default limits")
        self.assertEqual(s.max_seen, 20.0, msg="max_seen includes the starting value")

    def test_set_celsius(self):
        """Setting celsius updates fahrenheit and max_seen"""
        s = TemperatureSensor("Greenhouse 1")
        s.celsius = 35
        self.assertEqual(s.celsius, 35.0, msg="celsius after s.celsius = 35")
        self.assertIsInstance(s.celsius, float, msg="celsius is always returned as a float")
        self.assertAlmostEqual(s.fahrenheit, 95.0, places=9, msg="fahrenheit must follow the new celsius (compute it in the property)")
        self.assertEqual(s.max_seen, 35.0, msg="max_seen after 20 then 35")

    def test_out_of_range(self):
        """Out-of-range values raise ValueError and change nothing"""
        s = TemperatureSensor("Greenhouse 1", celsius=30)
        with self.assertRaises(ValueError, msg="s.celsius = 130 (above high=125)"):
            s.celsius = 130
        with self.assertRaises(ValueError, msg="s.celsius = -41 (below low=-40)"):
            s.celsius = -41
        self.assertEqual(s.celsius, 30.0, msg="the old value must stay after a refused one")
        self.assertEqual(s.max_seen, 30.0, msg="a refused value must not reach max_seen")

    def test_wrong_type(self):
        """Values that are not numbers raise TypeError"""
        s = TemperatureSensor("Greenhouse 1")
        for value in ("hot", "25", None):
            with self.subTest(value=value):
                with self.assertRaises(TypeError):
                    s.celsius = value
                self.assertEqual(s.celsius, 20.0, msg="celsius must not change")

    def test_read_only(self):
        """fahrenheit and name are read-only"""
        s = TemperatureSensor("Greenhouse 1")
        with self.assertRaises(AttributeError, msg="s.fahrenheit = 100 should fail: fahrenheit is a property without a setter"):
            s.fahrenheit = 100
        with self.assertRaises(AttributeError, msg="s.name = 'x' should fail: name is read-only"):
            s.name = "x"
        self.assertEqual(s.name, "Greenhouse 1", msg="name after the refused assignment")

    def test_constructor_validates(self):
        """The constructor checks the starting value like the setter"""
        with self.assertRaises(ValueError, msg='TemperatureSensor("Oven", celsius=200)'):
            TemperatureSensor("Oven", celsius=200)
        with self.assertRaises(TypeError, msg='TemperatureSensor("Oven", celsius="hot")'):
            TemperatureSensor("Oven", celsius="hot")


if __name__ == "__main__":
    unittest.main()
