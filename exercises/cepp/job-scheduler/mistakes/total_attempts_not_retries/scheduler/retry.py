# Mistake: `times` is used as the total number of attempts, so a task gets
# one retry fewer than asked for.
"""Errors, the Retry signal and the @retry decorator for generator tasks."""

import functools


class TransientError(Exception):
    """A failure that may go away on the next attempt (timeouts, busy disks)."""


class PermanentError(Exception):
    """A failure that no retry will fix."""


class Retry:
    """Yielded by a retrying task between two attempts."""

    def __init__(self, attempt, error):
        self.attempt = attempt
        self.error = error

    def __repr__(self):
        return f"Retry({self.attempt}, {self.error!r})"


def retry(times, on=(Exception,)):
    """Re-run a generator task up to `times` more times when it raises one of `on`.

    Between two attempts the wrapper yields one Retry; the last error propagates.
    """

    def decorate(task):
        @functools.wraps(task)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return (yield from task(*args, **kwargs))
                except on as error:
                    if attempt == times:
                        raise
                    yield Retry(attempt, error)

        return wrapper

    return decorate
