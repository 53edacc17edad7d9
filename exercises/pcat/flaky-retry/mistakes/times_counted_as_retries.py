# Mistake: `times` is treated as the number of RE-tries: range(times + 1)
# makes one attempt more than asked, so retry(3) calls the device 4 times.
"""Decorators for calls to flaky devices: retry them, and log them."""
import functools


def retry(times, on=(ConnectionError, TimeoutError)):
    """Call the decorated function up to `times` times while it raises `on`.

    `on` is an exception class or a tuple of them. Other exceptions are not
    retried. When every attempt failed, the last exception is raised again.
    """
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(times + 1):
                try:
                    return func(*args, **kwargs)
                except on:
                    if attempt == times:
                        raise
        return wrapper
    return decorator


def _describe_call(name, args, kwargs):
    parts = [repr(arg) for arg in args]
    parts += [f"{key}={value!r}" for key, value in kwargs.items()]
    return f"{name}({', '.join(parts)})"


def log_calls(log):
    """Append one line per call of the decorated function to the list `log`."""
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            call = _describe_call(func.__name__, args, kwargs)
            try:
                result = func(*args, **kwargs)
            except Exception as exc:
                message = str(exc)
                outcome = type(exc).__name__ + (f": {message}" if message else "")
                log.append(f"{call} raised {outcome}")
                raise
            log.append(f"{call} -> {result!r}")
            return result
        return wrapper
    return decorator
