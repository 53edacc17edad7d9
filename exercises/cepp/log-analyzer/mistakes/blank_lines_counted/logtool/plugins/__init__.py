"""The plugin framework: every Plugin subclass with a `name` registers itself."""

from abc import ABCMeta, abstractmethod

REGISTRY = {}


class PluginMeta(ABCMeta):
    """Registers each concrete plugin class under its `name` when it is defined."""

    def __new__(mcs, class_name, bases, namespace):
        cls = super().__new__(mcs, class_name, bases, namespace)
        name = namespace.get("name")
        if name is not None:
            if name in REGISTRY:
                raise TypeError(f"plugin name {name!r} is already taken by {REGISTRY[name].__name__}")
            REGISTRY[name] = cls
        return cls


class Plugin(metaclass=PluginMeta):
    """A report: fed every record, then asked for its rows."""

    columns = ()

    def __init__(self, options):
        self.options = options

    @abstractmethod
    def feed(self, record):
        """Take one parsed record into account."""

    @abstractmethod
    def rows(self):
        """The report's rows: dicts keyed by `columns`, in report order."""


def create(name, options):
    """A new plugin instance by its registered name (KeyError if unknown)."""
    return REGISTRY[name](options)


# Importing the modules registers the built-in plugins.
from logtool.plugins import builtin  # noqa: E402,F401
