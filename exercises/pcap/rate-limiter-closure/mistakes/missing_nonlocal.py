# Mistake: forgets `nonlocal`. Because the inner functions assign to count /
# used, Python treats those names as local to the inner function, and
# `count += 1` raises UnboundLocalError on the very first call.
def make_counter(start=0):
    """Return a function that counts up by one from start on every call."""
    count = start

    def counter():
        count += 1
        return count

    return counter


def make_limiter(max_calls):
    """Return a function that answers True for the first max_calls calls only."""
    if max_calls < 0:
        raise ValueError("max_calls must not be negative")
    used = 0

    def allow():
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
    window_start = None
    used = 0

    def allow(now):
        if window_start is None or now - window_start >= seconds:
            window_start = now
            used = 0
        if used < max_calls:
            used += 1
            return True
        return False

    return allow
