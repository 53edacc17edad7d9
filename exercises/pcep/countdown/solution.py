def countdown(start):
    """Yield start, start - 1, ..., 1 and then "Liftoff!"."""
    while start > 0:
        yield start
        start -= 1
    yield "Liftoff!"


def to_minutes(clock):
    """Turn "HH:MM" into minutes after midnight."""
    return int(clock[:2]) * 60 + int(clock[3:])


def departures(first, last, every):
    """Yield the departure times from first to last, every `every` minutes."""
    minute = to_minutes(first)
    while minute <= to_minutes(last):
        yield f"{minute // 60:02}:{minute % 60:02}"
        minute += every


def next_departure(now, first, last, every):
    """Return the first departure at or after now, or None if there is none."""
    for time in departures(first, last, every):
        # "HH:MM" texts with two digits each compare like the times they show.
        if time >= now:
            return time
    return None
