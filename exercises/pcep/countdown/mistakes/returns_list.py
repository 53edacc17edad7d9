# Mistake: countdown builds a list and returns it instead of yielding the
# values, so it is not a generator and next() cannot be called on it.
def countdown(start):
    numbers = []
    while start > 0:
        numbers.append(start)
        start -= 1
    numbers.append("Liftoff!")
    return numbers


def to_minutes(clock):
    return int(clock[:2]) * 60 + int(clock[3:])


def departures(first, last, every):
    minute = to_minutes(first)
    while minute <= to_minutes(last):
        yield f"{minute // 60:02}:{minute % 60:02}"
        minute += every


def next_departure(now, first, last, every):
    for time in departures(first, last, every):
        if time >= now:
            return time
    return None
