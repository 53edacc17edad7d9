# Mistake: keeps the state in module-level globals instead of in the closure.
# It "works" for one counter, but every counter (and every limiter) shares the
# same number, so a second counter continues where the first one stopped.
count = 0
used = 0
window_start = None
window_used = 0


def make_counter(start=0):
    """Return a function that counts up by one from start on every call."""
    global count
    count = start

    def counter():
        global count
        count += 1
        return count

    return counter


def make_limiter(max_calls):
    """Return a function that answers True for the first max_calls calls only."""
    if max_calls < 0:
        raise ValueError("max_calls must not be negative")

    def allow():
        global used
        if used < max_calls:
            used += 1
            return True
        return False

    return allow


def make_window_limiter(max_calls, seconds):
    """Return allow(now): at most max_calls allowed calls per window of seconds."""
    if max_calls < 0:
        raise ValueError("max_calls must not be negative")
    if seconds <= 0:
        raise ValueError("seconds must be positive")

    def allow(now):
        global window_start, window_used
        if window_start is None or now - window_start >= seconds:
            window_start = now
            window_used = 0
        if window_used < max_calls:
            window_used += 1
            return True
        return False

    return allow
