# Mistake: the mixins call Device.__init__(self, name) directly instead of
# super().__init__(name). In the diamond, Switchable's constructor then skips
# Dimmable's, so a SmartLamp never gets its brightness.
class Device:
    """Anything the hub knows by name."""

    def __init__(self, name):
        self.name = name

    def status(self):
        return self.name

    def category(self):
        return "device"


class Switchable(Device):
    """A device with an on/off switch."""

    def __init__(self, name):
        Device.__init__(self, name)
        self.is_on = False

    def turn_on(self):
        self.is_on = True

    def turn_off(self):
        self.is_on = False

    def status(self):
        return super().status() + (" | on" if self.is_on else " | off")

    def category(self):
        return "switch"


class Dimmable(Device):
    """A device whose brightness goes from 0 to 100 percent."""

    def __init__(self, name):
        Device.__init__(self, name)
        self.brightness = 100

    def set_brightness(self, level):
        if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= 100:
            raise ValueError(f"brightness must be an int from 0 to 100, not {level!r}")
        self.brightness = level

    def status(self):
        return f"{super().status()} | {self.brightness}%"

    def category(self):
        return "dimmer"


class SmartLamp(Switchable, Dimmable):
    """Both switchable and dimmable: MRO SmartLamp, Switchable, Dimmable, Device."""

    def set_brightness(self, level):
        super().set_brightness(level)
        if level == 0:
            self.turn_off()
        else:
            self.turn_on()

    def turn_on(self):
        super().turn_on()
        if self.brightness == 0:
            self.brightness = 100


def all_off(devices):
    switched = 0
    for device in devices:
        if isinstance(device, Switchable) and device.is_on:
            device.turn_off()
            switched += 1
    return switched

