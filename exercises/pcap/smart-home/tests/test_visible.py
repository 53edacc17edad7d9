import unittest

from solution import Device, Dimmable, SmartLamp, Switchable, all_off


class VisibleSmartHomeTests(unittest.TestCase):
    def test_switchable(self):
        """A Switchable device turns on and off"""
        fan = Switchable("Fan")
        self.assertIs(fan.is_on, False, msg="a new Switchable is off")
        self.assertEqual(fan.status(), "Fan | off", msg="status() of a new Switchable('Fan')")
        fan.turn_on()
        self.assertEqual(fan.status(), "Fan | on", msg="status() after turn_on()")
        fan.turn_off()
        self.assertIs(fan.is_on, False, msg="is_on after turn_off()")
        self.assertEqual(fan.category(), "switch", msg="Switchable.category()")

    def test_dimmable(self):
        """A Dimmable device changes its brightness"""
        strip = Dimmable("LED strip")
        self.assertEqual(strip.status(), "LED strip | 100%", msg="status() of a new Dimmable('LED strip')")
        strip.set_brightness(40)
        self.assertEqual(strip.status(), "LED strip | 40%", msg="status() after set_brightness(40)")
        with self.assertRaises(ValueError, msg="set_brightness(101) should raise ValueError"):
            strip.set_brightness(101)
        self.assertEqual(strip.brightness, 40, msg="a refused value must not change brightness")
        self.assertEqual(strip.category(), "dimmer", msg="Dimmable.category()")

    def test_mro(self):
        """SmartLamp's method resolution order"""
        self.assertEqual(
            [c.__name__ for c in SmartLamp.__mro__],
            ["SmartLamp", "Switchable", "Dimmable", "Device", "object"],
            msg="SmartLamp.__mro__ (write class SmartLamp(Switchable, Dimmable))",
        )
        lamp = SmartLamp("Desk lamp")
        for cls in (Switchable, Dimmable, Device):
            with self.subTest(cls=cls.__name__):
                self.assertTrue(isinstance(lamp, cls), msg=f"a SmartLamp should be an instance of {cls.__name__}")

    def test_new_lamp(self):
        """A new SmartLamp gets the attributes of both mixins"""
        lamp = SmartLamp("Desk lamp")
        self.assertEqual(lamp.name, "Desk lamp", msg="name (set by Device.__init__)")
        self.assertIs(getattr(lamp, "is_on", None), False,
                      msg="is_on (set by Switchable.__init__) is missing or wrong")
        self.assertEqual(getattr(lamp, "brightness", None), 100,
                         msg="brightness (set by Dimmable.__init__) is missing or wrong: do the mixins call super().__init__(name)?")

    def test_lamp_status(self):
        """A lamp's status goes through the whole super() chain"""
        lamp = SmartLamp("Desk lamp")
        self.assertEqual(lamp.status(), "Desk lamp | 100% | off", msg="status() of a new SmartLamp")
        lamp.set_brightness(60)
        self.assertEqual(lamp.status(), "Desk lamp | 60% | on", msg="status() after set_brightness(60)")
        self.assertEqual(lamp.category(), "switch", msg="category(): Switchable comes before Dimmable in the MRO")

    def test_all_off(self):
        """all_off switches off the devices that are on"""
        lamp = SmartLamp("Desk lamp")
        lamp.turn_on()
        fan = Switchable("Fan")
        fan.turn_on()
        heater = Switchable("Heater")
        strip = Dimmable("LED strip")
        count = all_off([lamp, fan, heater, strip])
        self.assertEqual(count, 2, msg="all_off of a lamp and a fan that are on, a heater that is off and a dimmer")
        self.assertEqual((lamp.is_on, fan.is_on, heater.is_on), (False, False, False), msg="is_on of lamp, fan, heater afterwards")
        self.assertEqual(strip.brightness, 100, msg="the dimmer must be left alone")


if __name__ == "__main__":
    unittest.main()
