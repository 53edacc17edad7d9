# Make Headers a dict whose keys ignore case (see the README).


def canonical(key):
    """'content-TYPE' -> 'Content-Type'."""
    if not isinstance(key, str):
        raise TypeError(f"header names are str, not {type(key).__name__}")
    return "-".join(part.capitalize() for part in key.split("-"))


class Headers(dict):
    def __setitem__(self, key, value):
        super().__setitem__(canonical(key), value)

    # TODO: __init__, __getitem__, __delitem__, __contains__, get, pop,
    #       setdefault, update, copy, add and __repr__ - all with canonical keys
