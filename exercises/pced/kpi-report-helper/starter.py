# Small helpers the analytics team uses to format its weekly KPI report.
DECIMALS = 1  # the precision used when a call gives no decimals=


def set_decimals(n):
    """Change the team-wide precision for every later call."""
    # TODO: make the new precision visible to the other functions.
    DECIMALS = n


def fmt_number(value, decimals=None, unit="", thousands=False):
    """Format a number with `decimals` places (default: DECIMALS at call time)."""
    # TODO: use DECIMALS when decimals is None, commas when thousands is
    #       true, and add " " + unit when there is a unit.
    return str(value)


def kpi_line(name, value, width=20, decimals=None, unit="", thousands=False):
    """Return 'name' padded with dots to `width`, a space, then the number."""
    # TODO: pad the name with dots and format the number with fmt_number.
    return name


def add_alert(message, alerts=None):
    """Append `message` to `alerts` (a new list when none is given); return the list."""
    # TODO: start a new list when none is given, append and return it.
    return [message]


def report(kpis, title="KPI report", **options):
    """Return the title, its underline and one kpi_line per (name, value) pair."""
    # TODO: underline the title with "=", add one kpi_line per pair (passing
    #       the options on), or "(no data)"; join the lines with "\n".
    return title
