# Build the diamond Device -> Switchable / Dimmable -> SmartLamp.
# Read README.md: every constructor and status() must use super().


class Device:
    def __init__(self, name):
        self.name = name

    def status(self):
        return self.name

    def category(self):
        return "device"


class Switchable(Device):
    # TODO: __init__ (is_on = False), turn_on, turn_off, status, category
    pass


class Dimmable(Device):
    # TODO: __init__ (brightness = 100), set_brightness, status, category
    pass


class SmartLamp(Switchable, Dimmable):
    # TODO: override set_brightness and turn_on
    pass


def all_off(devices):
    # TODO: turn off the switchable devices that are on; return how many
    return 0
