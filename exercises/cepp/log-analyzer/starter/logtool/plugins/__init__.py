"""The plugin framework: every Plugin subclass with a `name` registers itself.

TODO: make PluginMeta register each class that defines `name` in REGISTRY
(TypeError for a taken name), and make Plugin abstract.
"""

from abc import ABCMeta

REGISTRY = {}


class PluginMeta(ABCMeta):
    """TODO: register classes in __new__."""


class Plugin(metaclass=PluginMeta):
    """A report: fed every record, then asked for its rows."""

    columns = ()

    def __init__(self, options):
        self.options = options

    def feed(self, record):
        """Take one parsed record into account."""

    def rows(self):
        """The report's rows: dicts keyed by `columns`, in report order."""
        return []


def create(name, options):
    """A new plugin instance by its registered name (KeyError if unknown)."""
    return REGISTRY[name](options)


from logtool.plugins import builtin  # noqa: E402,F401
