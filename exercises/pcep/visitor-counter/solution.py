# Turnstile of the Vermeer room: at most CAPACITY visitors at a time.

CAPACITY = 5
inside = 0   # visitors in the room right now
today = 0    # visitors let in since the last reset


def enter():
    """Let one visitor in if there is room; return True if they got in."""
    global inside, today
    if inside >= CAPACITY:
        return False
    inside += 1
    today += 1
    return True


def leave():
    """Let one visitor out; return False if the room was already empty."""
    global inside
    if inside == 0:
        return False
    inside -= 1
    return True


def current():
    """Return how many visitors are in the room."""
    return inside


def visitors_today():
    """Return how many visitors entered since the last reset."""
    return today


def reset():
    """Start a new day: nobody inside, nobody counted."""
    global inside, today
    inside = 0
    today = 0
