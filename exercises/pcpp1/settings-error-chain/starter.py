# Raise SettingsError with the right chain and walk the chain (see the README).


class SettingsError(Exception):
    """The settings could not be loaded or used."""


def parse_port(text):
    # TODO: SettingsError chained to the ValueError of int(); range check
    return int(text)


def load_settings(lines):
    settings = {}
    for number, line in enumerate(lines, 1):
        # TODO: wrap ValueError and SettingsError into "line N: ..." errors
        key, value = line.split("=", 1)
        key, value = key.strip(), value.strip()
        settings[key] = parse_port(value) if key == "port" else value
    return settings


def lookup(settings, key):
    # TODO: a SettingsError with no chain instead of the KeyError
    return settings[key]


def explain(exc):
    # TODO: follow __cause__, else __context__ (unless __suppress_context__)
    return [f"{type(exc).__name__}: {exc}"]


def origin(exc):
    # TODO: the function name of the last frame of exc.__traceback__
    return None


def main():
    """The start-up report: settings lines on stdin."""
    import sys
    # TODO: print "cannot start" and the explain() lines when loading fails
    settings = load_settings(sys.stdin.read().splitlines())
    print(f"loaded {len(settings)} settings: {', '.join(settings)}")


if __name__ == "__main__":
    main()
