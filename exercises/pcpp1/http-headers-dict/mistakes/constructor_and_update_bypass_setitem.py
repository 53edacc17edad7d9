# Mistake: only __setitem__ and friends are overridden. dict's own __init__ and
# update() do not call __setitem__, so Headers({'content-type': ...}) keeps the
# key as typed and h['Content-Type'] raises KeyError.
"""HTTP headers: a dict whose keys ignore case."""


def canonical(key):
    """'content-TYPE' -> 'Content-Type'."""
    if not isinstance(key, str):
        raise TypeError(f"header names are str, not {type(key).__name__}")
    return "-".join(part.capitalize() for part in key.split("-"))


class Headers(dict):
    """A dict of HTTP headers; every key is stored in canonical form."""

    def __setitem__(self, key, value):
        super().__setitem__(canonical(key), value)

    def __getitem__(self, key):
        return super().__getitem__(canonical(key))

    def __delitem__(self, key):
        super().__delitem__(canonical(key))

    def __contains__(self, key):
        return isinstance(key, str) and super().__contains__(canonical(key))

    def get(self, key, default=None):
        return super().get(canonical(key), default)

    def pop(self, key, *default):
        return super().pop(canonical(key), *default)

    def setdefault(self, key, default=None):
        return super().setdefault(canonical(key), default)

    def copy(self):
        return Headers(self)

    def add(self, key, value):
        """Add a value; a header that is already there gets ', value' appended."""
        if key in self:
            self[key] = f"{self[key]}, {value}"
        else:
            self[key] = value

    def __repr__(self):
        return f"Headers({super().__repr__()})"
