# Mistake: the class decorator registers the class but forgets
# `return plugin_class`. A decorator's return value REPLACES the decorated
# name, so after @registry.plugin("csv") the name CsvExporter is None.
"""A registry of exporter plugins, filled by a class decorator."""


class Registry:
    """Maps format names ("csv", "json", ...) to exporter classes."""

    def __init__(self):
        self._plugins = {}  # one dict per registry, never shared

    @staticmethod
    def normalize(name):
        """Return the canonical form of a format name: ' CSV ' -> 'csv'."""
        return name.strip().lower()

    @classmethod
    def from_classes(cls, classes):
        """Build a registry (of this very class) from {name: exporter class}."""
        registry = cls()
        for name, plugin_class in classes.items():
            registry.plugin(name)(plugin_class)
        return registry

    def plugin(self, name):
        """Return a class decorator that registers the class under `name`."""
        key = self.normalize(name)
        assert key, "plugin name must not be empty"

        def register(plugin_class):
            assert callable(getattr(plugin_class, "export", None)), \
                f"{plugin_class.__name__} has no export() method"
            assert key not in self._plugins, \
                f"plugin name {key!r} is already taken by {self._plugins[key].__name__}"
            plugin_class.plugin_name = key
            self._plugins[key] = plugin_class

        return register

    def names(self):
        """The registered names, sorted."""
        return sorted(self._plugins)

    def create(self, name, *args, **kwargs):
        """Make an exporter for a format name typed by a user."""
        key = self.normalize(name)
        if key not in self._plugins:
            known = ", ".join(self.names()) or "(none)"
            raise LookupError(f"no exporter named {name!r}; known: {known}")
        return self._plugins[key](*args, **kwargs)
