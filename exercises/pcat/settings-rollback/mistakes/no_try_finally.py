# Mistake: the restore after `yield` is not inside `try: ... finally:`. When
# the with-block raises, the exception comes out of the `yield`, the lines
# after it never run, and the setting stays changed: exactly the bug that
# turned forty tests red.
import time
from contextlib import contextmanager


@contextmanager
def temp_setting(settings, key, value):
    absent = key not in settings
    old = settings.get(key)
    settings[key] = value
    yield old
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
        return False
