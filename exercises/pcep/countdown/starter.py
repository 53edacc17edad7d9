def countdown(start):
    """Yield start, start - 1, ..., 1 and then "Liftoff!"."""
    # TODO: use `yield` (not return) for every number, then for "Liftoff!".
    return None


def departures(first, last, every):
    """Yield the departure times from first to last, every `every` minutes."""
    # TODO: turn "HH:MM" into minutes after midnight, step by `every`
    #       up to and including `last`, and yield each time as "HH:MM".
    return None


def next_departure(now, first, last, every):
    """Return the first departure at or after now, or None if there is none."""
    # TODO: loop over departures(first, last, every).
    return "??:??"
