# Small helpers the analytics team uses to format its weekly KPI report.
DECIMALS = 1  # the precision used when a call gives no decimals=


def set_decimals(n):
    """Change the team-wide precision for every later call."""
    global DECIMALS
    DECIMALS = n


def fmt_number(value, decimals=None, unit="", thousands=False):
    """Format a number with `decimals` places (default: DECIMALS at call time)."""
    if decimals is None:
        decimals = DECIMALS
    separator = "," if thousands else ""
    text = format(value, f"{separator}.{decimals}f")
    if unit:
        text += " " + unit
    return text


def kpi_line(name, value, width=20, decimals=None, unit="", thousands=False):
    """Return 'name' padded with dots to `width`, a space, then the number."""
    number = fmt_number(value, decimals=decimals, unit=unit, thousands=thousands)
    return name.ljust(width, ".") + " " + number


def add_alert(message, alerts=None):
    """Append `message` to `alerts` (a new list when none is given); return the list."""
    if alerts is None:
        alerts = []
    alerts.append(message)
    return alerts


def report(kpis, title="KPI report", **options):
    """Return the title, its underline and one kpi_line per (name, value) pair."""
    lines = [title, "=" * len(title)]
    for name, value in kpis:
        lines.append(kpi_line(name, value, **options))
    if not kpis:
        lines.append("(no data)")
    return "\n".join(lines)
