"""Decorators that make calls to flaky services safer: retry and limit_calls."""
import functools


class CallLimitExceeded(RuntimeError):
    """A function decorated with limit_calls was called too often."""


def retry(times, exceptions=(Exception,), log=None):
    """Call the function up to `times` times while it raises one of `exceptions`.

    Each failed attempt appends "NAME attempt N failed: ERROR!r" to `log`
    (a list) when one is given. After the last failed attempt the exception
    propagates; other exceptions propagate at once.
    """
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    if log is not None:
                        log.append(f"{func.__name__} attempt {attempt} failed: {exc!r}")
                    if attempt == times:
                        raise
        return wrapper
    return decorator


def limit_calls(max_calls):
    """Allow at most `max_calls` calls; later calls raise CallLimitExceeded.

    The wrapper counts the calls in its attribute `calls`.
    """
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if wrapper.calls >= max_calls:
                raise CallLimitExceeded(
                    f"{func.__name__} may be called {max_calls} times")
            wrapper.calls += 1
            return func(*args, **kwargs)
        wrapper.calls = 0
        return wrapper
    return decorator
