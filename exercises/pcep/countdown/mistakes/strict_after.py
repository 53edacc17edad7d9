# Mistake: uses > instead of >=, so a bus leaving exactly now is skipped and
# the passenger is sent to the next one.
def countdown(start):
    while start > 0:
        yield start
        start -= 1
    yield "Liftoff!"


def to_minutes(clock):
    return int(clock[:2]) * 60 + int(clock[3:])


def departures(first, last, every):
    minute = to_minutes(first)
    while minute <= to_minutes(last):
        yield f"{minute // 60:02}:{minute % 60:02}"
        minute += every


def next_departure(now, first, last, every):
    for time in departures(first, last, every):
        if time > now:
            return time
    return None
