def make_counter(start=0):
    """Return a function that counts up by one from start on every call."""
    # TODO: keep the count in a variable of make_counter; the inner function
    #       changes it (it needs `nonlocal`) and returns the new value.
    def counter():
        return None

    return counter


def make_limiter(max_calls):
    """Return a function that answers True for the first max_calls calls only."""
    # TODO: raise ValueError for a negative max_calls; count the allowed calls
    #       in the enclosing function's variable.
    def allow():
        return None

    return allow


def make_window_limiter(max_calls, seconds):
    """Return allow(now): at most max_calls allowed calls per window of seconds."""
    # TODO: remember when the current window started and how many calls it
    #       allowed; start a new window when now is `seconds` or more past it.
    def allow(now):
        return None

    return allow
