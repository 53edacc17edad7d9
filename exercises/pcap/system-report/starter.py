"""A system report for bug tickets: which Python, on which platform."""

# TODO: import platform


def build_report():
    """Collect the facts about this computer and this Python in a dict."""
    # TODO: the seven keys of the README, in that order.
    return {}


def version_numbers():
    """The Python version as a tuple of ints, e.g. (3, 12, 1)."""
    return ()  # TODO


def version_at_least(major, minor):
    """True when this Python is version major.minor or newer."""
    return False  # TODO: compare numbers, not text


def summary(report):
    """One line for the ticket's title, e.g. "CPython 3.12.1 on Linux (x86_64)"."""
    return ""  # TODO


def format_report(report):
    """The report as lines "key: value", in the dict's order; tuples joined with dots."""
    return []  # TODO
