# Validate a game-server config dict (see the README for the exact rules and messages).


def validate(config):
    # TODO: for host, port, max_players (required) and motd (optional), in this order:
    #   missing key -> KeyError(key), wrong type -> TypeError, bad value -> ValueError
    pass


def describe_problem(config):
    # TODO: call validate in a try; catch KeyError, then (TypeError, ValueError) as e.
    return "ok"


def load(config, log):
    # TODO: on TypeError/ValueError log "rejected: ..." and re-raise with a bare
    #       `raise`; on success log "loaded HOST:PORT".
    log.append("loaded")
