# Mistake: explain() follows only __cause__, so an implicit chain (an error
# raised while handling another, without `from`) stops after one line.
"""Loading service settings with exceptions that keep their causes."""


class SettingsError(Exception):
    """The settings could not be loaded or used."""


def parse_port(text):
    """The port number in `text`, 1 to 65535."""
    try:
        port = int(text)
    except ValueError as exc:
        raise SettingsError(f"port {text!r} is not a number") from exc
    if not 1 <= port <= 65535:
        raise SettingsError(f"port {port} out of range")
    return port


def load_settings(lines):
    """A dict from 'key=value' lines; a bad line raises SettingsError."""
    settings = {}
    for number, line in enumerate(lines, 1):
        try:
            key, value = line.split("=", 1)
            key, value = key.strip(), value.strip()
            settings[key] = parse_port(value) if key == "port" else value
        except (ValueError, SettingsError) as exc:
            raise SettingsError(f"line {number}: {exc}") from exc
    return settings


def lookup(settings, key):
    """settings[key]; a missing key raises SettingsError with no chain."""
    try:
        return settings[key]
    except KeyError:
        raise SettingsError(f"missing setting {key!r}") from None


def explain(exc):
    """One 'Type: message' line per exception of the chain, outermost first."""
    lines = []
    while exc is not None:
        lines.append(f"{type(exc).__name__}: {exc}")
        exc = exc.__cause__
    return lines


def origin(exc):
    """The name of the function in which `exc` was raised."""
    tb = exc.__traceback__
    if tb is None:
        return None
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame.f_code.co_name


def main():
    """The start-up report: settings lines on stdin."""
    import sys
    try:
        settings = load_settings(sys.stdin.read().splitlines())
    except SettingsError as exc:
        print("cannot start")
        for line in explain(exc):
            print(f"  {line}")
        return
    print(f"loaded {len(settings)} settings: {', '.join(settings)}")


if __name__ == "__main__":
    main()
