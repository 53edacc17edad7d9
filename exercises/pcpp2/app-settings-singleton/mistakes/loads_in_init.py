# Mistake: __new__ returns the shared instance, but the file is read in
# __init__, and Python calls __init__ on EVERY Settings() call, even when
# __new__ hands back the old object: the file is re-read each time and
# every override made with set() is silently thrown away.
import configparser


class Settings:
    _instance = None
    load_count = 0

    def __new__(cls, path="/data/app.ini"):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, path="/data/app.ini"):
        parser = configparser.ConfigParser()
        parser.read(path, encoding="utf-8")
        self.path = path
        self._values = {(s, k): v for s in parser.sections() for k, v in parser.items(s)}
        Settings.load_count += 1

    def get(self, section, key, default=None):
        return self._values.get((section, key), default)

    def set(self, section, key, value):
        self._values[(section, key)] = str(value)

    @classmethod
    def reset(cls):
        cls._instance = None
