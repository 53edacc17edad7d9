"""Scripted tasks for rehearsals: how long they take and how they fail."""

from scheduler.retry import PermanentError, TransientError


def scripted(steps, transient=0, permanent=False):
    """A generator function of `steps` steps.

    Its last step raises TransientError on the first `transient` attempts, and
    PermanentError always when `permanent` is set. The closure counts attempts.
    """
    attempts = 0

    def task():
        nonlocal attempts
        attempts += 1
        for step in range(1, steps + 1):
            if step == steps:
                if attempts <= transient:
                    raise TransientError(f"attempt {attempts} timed out")
                if permanent:
                    raise PermanentError("input file is corrupt")
            yield
    return task
