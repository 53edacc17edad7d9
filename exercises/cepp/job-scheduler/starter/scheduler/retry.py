"""Errors, the Retry signal and the @retry decorator for generator tasks."""


class TransientError(Exception):
    """A failure that may go away on the next attempt (timeouts, busy disks)."""


class PermanentError(Exception):
    """A failure that no retry will fix."""


class Retry:
    """Yielded by a retrying task between two attempts."""

    def __init__(self, attempt, error):
        self.attempt = attempt
        self.error = error


def retry(times, on=(Exception,)):
    """Re-run a generator task up to `times` more times when it raises one of `on`.

    TODO: between two attempts the wrapper yields one Retry(attempt, error);
    after `times` retries the last error propagates. Keep the task's name.
    """

    def decorate(task):
        return task

    return decorate
