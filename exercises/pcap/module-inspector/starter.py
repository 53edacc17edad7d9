"""Look inside modules: which names they offer, which they keep to themselves."""

import colorsys


def public_names(module):
    """The names of the module that do not start with an underscore."""
    return []  # TODO: filter dir(module)


def private_names(module):
    """The names that start with exactly one underscore, such as _helper."""
    return []  # TODO


def public_callables(module):
    """The public names whose value can be called: functions and classes."""
    return []  # TODO: getattr() and callable()


def summary(module):
    """One line: the module's name and how many public and private names it has."""
    return ""  # TODO: use module.__name__


def role():
    """How this file is being used: run as the program, or imported."""
    return ""  # TODO: look at the global __name__


# TODO: when this file is run as the program (not imported), print role()
#       and summary(colorsys).
