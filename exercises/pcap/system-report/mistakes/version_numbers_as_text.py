# Mistake: version_numbers returns python_version_tuple() as it is: a tuple of
# strings such as ("3", "12", "1"), not of ints.
"""A system report for bug tickets: which Python, on which platform."""

import platform


def build_report():
    """Collect the facts about this computer and this Python in a dict."""
    return {
        "system": platform.system(),
        "machine": platform.machine() or "unknown",
        "processor": platform.processor() or "unknown",
        "platform": platform.platform(),
        "implementation": platform.python_implementation(),
        "version": platform.python_version(),
        "version_tuple": platform.python_version_tuple(),
    }


def version_numbers():
    """The Python version as a tuple of ints, e.g. (3, 12, 1)."""
    return platform.python_version_tuple()


def version_at_least(major, minor):
    """True when this Python is version major.minor or newer."""
    parts = version_numbers()
    return (int(parts[0]), int(parts[1])) >= (major, minor)


def summary(report):
    """One line for the ticket's title, e.g. "CPython 3.12.1 on Linux (x86_64)"."""
    return (f"{report['implementation']} {report['version']} "
            f"on {report['system']} ({report['machine']})")


def format_report(report):
    """The report as lines "key: value", in the dict's order; tuples joined with dots."""
    lines = []
    for key, value in report.items():
        if isinstance(value, tuple):
            value = ".".join(value)
        lines.append(f"{key}: {value}")
    return lines
