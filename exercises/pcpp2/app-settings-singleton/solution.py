"""Application settings, read once and shared by every module (Singleton)."""
import configparser


class Settings:
    """The one settings object of the process.

    Settings() always returns the same instance; the file is read only the
    first time. Settings.reset() forgets the instance (used by tests).
    """

    _instance = None
    load_count = 0

    def __new__(cls, path="/data/app.ini"):
        if cls._instance is None:
            instance = super().__new__(cls)
            instance._load(path)
            cls._instance = instance
        return cls._instance

    def _load(self, path):
        parser = configparser.ConfigParser()
        with open(path, encoding="utf-8") as handle:
            parser.read_file(handle)
        self.path = path
        self._values = {
            (section, key): value
            for section in parser.sections()
            for key, value in parser.items(section)
        }
        type(self).load_count += 1

    def get(self, section, key, default=None):
        """Return the value of key in section (a str), or default."""
        return self._values.get((section, key), default)

    def set(self, section, key, value):
        """Override a value for the rest of the run (stored as str)."""
        self._values[(section, key)] = str(value)

    @classmethod
    def reset(cls):
        """Forget the instance: the next Settings() reads the file again."""
        cls._instance = None
