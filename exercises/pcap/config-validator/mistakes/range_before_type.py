# Mistake: compares the port with the range before checking its type, so a port of "8080"
# fails inside the comparison with Python's own TypeError message.
PORT_RANGE = (1, 65535)
PLAYERS_RANGE = (1, 100)
MOTD_MAX = 80


def _check_type(config, key, expected, label):
    value = config[key]
    if not isinstance(value, expected):
        raise TypeError(f"{key} must be {label}, not {type(value).__name__}")
    return value


def _check_range(key, value, low, high):
    if not low <= value <= high:
        raise ValueError(f"{key} must be between {low} and {high}, got {value}")


def validate(config):
    """Raise KeyError, TypeError or ValueError for the first problem found."""
    host = _check_type(config, "host", str, "a str")
    if not host.strip():
        raise ValueError("host must not be empty")
    port = config["port"]
    _check_range("port", port, *PORT_RANGE)
    _check_type(config, "port", int, "an int")
    players = _check_type(config, "max_players", int, "an int")
    _check_range("max_players", players, *PLAYERS_RANGE)
    if "motd" in config:
        motd = _check_type(config, "motd", str, "a str")
        if len(motd) > MOTD_MAX:
            raise ValueError(f"motd must be at most {MOTD_MAX} characters, got {len(motd)}")


def describe_problem(config):
    """Return "ok", "missing key: KEY" or "invalid: MESSAGE"."""
    try:
        validate(config)
    except KeyError as e:
        return f"missing key: {e.args[0]}"
    except (TypeError, ValueError) as e:
        return f"invalid: {e}"
    else:
        return "ok"


def load(config, log):
    """Validate config, logging the outcome; invalid configs are re-raised."""
    try:
        validate(config)
    except (TypeError, ValueError) as e:
        log.append(f"rejected: {e}")
        raise
    log.append(f"loaded {config['host']}:{config['port']}")
