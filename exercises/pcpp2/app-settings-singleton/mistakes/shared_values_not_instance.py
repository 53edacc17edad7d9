# Mistake: "Borg"-style sharing of the values in a class attribute, but
# Settings() still builds a new object each time, so `Settings() is
# Settings()` is False, and reset() forgets nothing (the file is never
# read again).
import configparser


class Settings:
    _values = None
    load_count = 0

    def __init__(self, path="/data/app.ini"):
        if Settings._values is None:
            parser = configparser.ConfigParser()
            parser.read(path, encoding="utf-8")
            Settings._values = {(s, k): v for s in parser.sections() for k, v in parser.items(s)}
            Settings.load_count += 1
        self.path = path

    def get(self, section, key, default=None):
        return self._values.get((section, key), default)

    def set(self, section, key, value):
        self._values[(section, key)] = str(value)

    @classmethod
    def reset(cls):
        pass
