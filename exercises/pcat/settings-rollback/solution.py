"""Context managers that leave things as they found them."""
import time
from contextlib import contextmanager

_ABSENT = object()  # marks "the key was not in the dict" (None is a real value)


@contextmanager
def temp_setting(settings, key, value):
    """Set settings[key] to value inside the with-block, then put it back.

    The with-block gets the previous value (None when the key was absent).
    The old state is restored however the block ends, exceptions included.
    """
    old = settings.get(key, _ABSENT)
    settings[key] = value
    try:
        yield None if old is _ABSENT else old
    finally:
        if old is _ABSENT:
            settings.pop(key, None)
        else:
            settings[key] = old


class Timer:
    """Measure how long a with-block takes, with a clock that can be replaced."""

    def __init__(self, clock=time.perf_counter):
        self.clock = clock
        self.elapsed = None
        self._start = None

    def __enter__(self):
        self.elapsed = None
        self._start = self.clock()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.elapsed = self.clock() - self._start
        return False  # never hide an exception of the block
