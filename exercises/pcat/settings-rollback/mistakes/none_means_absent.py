# Mistake: `settings.get(key)` is used to remember the old value and None is
# taken to mean "the key was absent". A key that really holds None (say
# "proxy": None) is deleted on the way out instead of being restored.
import time
from contextlib import contextmanager


@contextmanager
def temp_setting(settings, key, value):
    old = settings.get(key)
    settings[key] = value
    try:
        yield old
    finally:
        if old is None:
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
        return False
