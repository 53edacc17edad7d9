# Write two decorator factories (see the README). Each returns a decorator,
# which returns a wrapper function; keep the wrapped function's name and
# docstring with functools.wraps.
import functools


def retry(times, on=(ConnectionError, TimeoutError)):
    # TODO: refuse times < 1 with ValueError; the wrapper calls func up to
    #       `times` times while it raises one of `on`, then raises the last error.
    def decorator(func):
        def wrapper(*args, **kwargs):
            return func(*args, **kwargs)
        return wrapper
    return decorator


def log_calls(log):
    # TODO: append "name(args) -> result" or "name(args) raised Type: message"
    #       to the list `log` for every call.
    def decorator(func):
        return func
    return decorator
