# Mistake: role() compares __name__ with "main" instead of "__main__", so even when
# the file is run as a script it says "imported as __main__".
"""Look inside modules: which names they offer, which they keep to themselves."""

import colorsys


def public_names(module):
    """The names of the module that do not start with an underscore."""
    return [name for name in dir(module) if not name.startswith("_")]


def private_names(module):
    """The names that start with exactly one underscore, such as _helper."""
    return [name for name in dir(module)
            if name.startswith("_") and not name.startswith("__")]


def public_callables(module):
    """The public names whose value can be called: functions and classes."""
    return [name for name in public_names(module) if callable(getattr(module, name))]


def summary(module):
    """One line: the module's name and how many public and private names it has."""
    return (f"{module.__name__}: {len(public_names(module))} public, "
            f"{len(private_names(module))} private")


def role():
    """How this file is being used: run as the program, or imported."""
    if __name__ == "main":
        return "run as a script"
    return f"imported as {__name__}"


if __name__ == "__main__":
    print(role())
    print(summary(colorsys))
