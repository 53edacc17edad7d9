# Turnstile of the Vermeer room: at most CAPACITY visitors at a time.

CAPACITY = 5
inside = 0   # visitors in the room right now
today = 0    # visitors let in since the last reset


def enter():
    """Let one visitor in if there is room; return True if they got in."""
    # TODO: if the room is full, return False. Otherwise add one to
    #       inside and to today, and return True. To change the module's
    #       variables (not new local ones) you need a `global` statement.
    return None


def leave():
    """Let one visitor out; return False if the room was already empty."""
    # TODO
    return None


def current():
    """Return how many visitors are in the room."""
    # TODO
    return None


def visitors_today():
    """Return how many visitors entered since the last reset."""
    # TODO
    return None


def reset():
    """Start a new day: nobody inside, nobody counted."""
    # TODO: set both counters back to 0.
    pass
