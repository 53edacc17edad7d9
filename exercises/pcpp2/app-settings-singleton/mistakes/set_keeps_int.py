# Mistake: a correct singleton, but set() stores the value as given, so
# after set("server", "port", 9090) get() returns the int 9090, not "9090"
# like every value read from the file; and get() raises KeyError instead of
# returning the default for a missing key.
import configparser


class Settings:
    _instance = None
    load_count = 0

    def __new__(cls, path="/data/app.ini"):
        if cls._instance is None:
            instance = super().__new__(cls)
            parser = configparser.ConfigParser()
            parser.read(path, encoding="utf-8")
            instance.path = path
            instance._values = {(s, k): v for s in parser.sections() for k, v in parser.items(s)}
            cls.load_count += 1
            cls._instance = instance
        return cls._instance

    def get(self, section, key, default=None):
        if default is None:
            return self._values[(section, key)]
        return self._values.get((section, key), default)

    def set(self, section, key, value):
        self._values[(section, key)] = value

    @classmethod
    def reset(cls):
        cls._instance = None
