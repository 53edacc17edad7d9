"""Application settings, read once and shared by every module (Singleton)."""
import configparser


class Settings:
    # TODO: make Settings() return the same instance every time, reading
    # the file only on the first call (see the README). Right now every
    # call builds a new object and reads the file again.
    load_count = 0

    def __init__(self, path="/data/app.ini"):
        parser = configparser.ConfigParser()
        parser.read(path, encoding="utf-8")
        self._values = {(s, k): v for s in parser.sections() for k, v in parser.items(s)}
        Settings.load_count += 1

    def get(self, section, key, default=None):
        return self._values.get((section, key), default)

    def set(self, section, key, value):
        self._values[(section, key)] = str(value)

    @classmethod
    def reset(cls):
        pass
