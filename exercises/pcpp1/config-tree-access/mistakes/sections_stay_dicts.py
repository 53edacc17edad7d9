# Mistake: a nested section is returned as a plain dict, so cfg.database.host
# fails: dicts have keys, not attributes.
"""Read-only access to a nested settings tree: cfg.database.host or cfg["database.host"]."""

_MISSING = object()


class Config:
    """A read-only view of a nested dict of settings."""

    def __init__(self, data):
        self._data = dict(data)

    def _wrap(self, value):
        return value

    def __getattr__(self, name):
        # Only called when normal lookup fails, so self._data is safe here.
        try:
            return self._wrap(self._data[name])
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None

    def _lookup(self, path):
        node = self._data
        for part in path.split("."):
            if not isinstance(node, dict) or part not in node:
                raise KeyError(path)
            node = node[part]
        return node

    def __getitem__(self, path):
        return self._wrap(self._lookup(path))

    def get(self, path, default=None):
        try:
            return self[path]
        except KeyError:
            return default

    def __contains__(self, path):
        try:
            self._lookup(path)
        except KeyError:
            return False
        return True

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __repr__(self):
        return f"Config({self._data!r})"
