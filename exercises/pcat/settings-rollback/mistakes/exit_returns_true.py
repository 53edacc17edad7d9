# Mistake: Timer.__exit__ returns True "to say it worked". A true value from
# __exit__ tells Python to SWALLOW the exception of the block, so a failing
# assertion inside `with Timer():` silently passes.
import time
from contextlib import contextmanager


@contextmanager
def temp_setting(settings, key, value):
    absent = key not in settings
    old = settings.get(key)
    settings[key] = value
    try:
        yield old
    finally:
        if absent:
            del settings[key]
        else:
            settings[key] = old


class Timer:
    def __init__(self, clock=time.perf_counter):
        self.clock = clock
        self.elapsed = None

    def __enter__(self):
        self.elapsed = None
        self._start = self.clock()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.elapsed = self.clock() - self._start
        return True
