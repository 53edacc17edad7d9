import unittest

from solution import Device, Dimmable, SmartLamp, Switchable, all_off


class NightLight(SmartLamp):
    """A subclass written by the tests: it relies on the inherited constructor chain."""

    def __init__(self, name):
        super().__init__(name)
        self.set_brightness(10)


class HiddenSmartHomeTests(unittest.TestCase):
    def test_zero_brightness(self):
        """Brightness 0 turns a lamp off, turn_on brings it back to 100"""
        lamp = SmartLamp("Desk lamp")
        lamp.set_brightness(30)
        lamp.set_brightness(0)
        self.assertEqual(lamp.status(), "Desk lamp | 0% | off", msg="status() after set_brightness(30) then (0)")
        lamp.turn_on()
        self.assertEqual(lamp.status(), "Desk lamp | 100% | on", msg="turn_on() at brightness 0")
        lamp.set_brightness(25)
        lamp.turn_off()
        lamp.turn_on()
        self.assertEqual(lamp.status(), "Desk lamp | 25% | on", msg="turn_on() keeps a brightness above 0")

    def test_invalid_brightness(self):
        """Invalid brightness values are refused"""
        for level in (-1, 101, 50.5, "50", None, True):
            with self.subTest(level=level):
                lamp = SmartLamp("Desk lamp")
                with self.assertRaises(ValueError):
                    lamp.set_brightness(level)
                self.assertEqual((lamp.brightness, lamp.is_on), (100, False), msg="(brightness, is_on) must not change")

    def test_plain_device(self):
        """A plain Device has only a name"""
        hub = Device("Hub")
        self.assertEqual(hub.status(), "Hub", msg="Device('Hub').status()")
        self.assertEqual(hub.category(), "device", msg="Device.category()")
        self.assertFalse(hasattr(hub, "is_on"), msg="a plain Device has no is_on")
        self.assertFalse(hasattr(hub, "brightness"), msg="a plain Device has no brightness")

    def test_base_initialised_once(self):
        """The shared base Device is initialised once per lamp"""
        calls = []
        original = Device.__init__

        def counting_init(self, *args, **kwargs):
            calls.append(args)
            original(self, *args, **kwargs)

        Device.__init__ = counting_init
        try:
            SmartLamp("Desk lamp")
        finally:
            Device.__init__ = original
        self.assertEqual(len(calls), 1, msg="how many times Device.__init__ ran while creating one SmartLamp")

    def test_subclass_of_lamp(self):
        """A subclass of SmartLamp works through the inherited constructor"""
        light = NightLight("Hall light")
        self.assertEqual(light.status(), "Hall light | 10% | on", msg="status() of NightLight (SmartLamp subclass, brightness 10)")
        self.assertEqual(all_off([light]), 1, msg="all_off([night light])")

    def test_all_off_nothing_on(self):
        """all_off with nothing to switch off"""
        self.assertEqual(all_off([]), 0, msg="all_off([])")
        self.assertEqual(all_off([Switchable("Fan"), SmartLamp("Lamp"), Device("Hub"), Dimmable("Strip")]), 0,
                         msg="all_off when every device is already off")

    def test_independent_lamps(self):
        """Two lamps keep their own state"""
        a, b = SmartLamp("A"), SmartLamp("B")
        a.set_brightness(5)
        self.assertEqual((a.status(), b.status()), ("A | 5% | on", "B | 100% | off"), msg="status of two lamps after dimming only A")

    def test_unicode_name(self):
        """Names with accents"""
        lamp = SmartLamp("Lámpara del salón")
        lamp.turn_on()
        self.assertEqual(lamp.status(), "Lámpara del salón | 100% | on", msg="status() with an accented name")


if __name__ == "__main__":
    unittest.main()
