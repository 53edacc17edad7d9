# the limiter ignores the clock it was given and reads time.monotonic() itself
"""Login rate limiter of the Pinewood Library's online catalogue.

Each reader may try to log in at most `limit` times in any `window` seconds
(a sliding window). The limiter never reads the real time itself: it asks
the `clock` it was given, a function that returns the current time in
seconds (time.monotonic by default).
"""
import time


class RateLimiter:
    def __init__(self, limit, window, clock=time.monotonic):
        if limit < 1:
            raise ValueError("limit must be at least 1")
        if window <= 0:
            raise ValueError("window must be positive")
        self.limit = limit
        self.window = window
        self._clock = clock
        self._attempts = {}  # user -> times of their attempts still in the window

    def _recent(self, user, now):
        """The times of the user's attempts less than `window` seconds before now."""
        times = [t for t in self._attempts.get(user, []) if now - t < self.window]
        self._attempts[user] = times
        return times

    def allow(self, user):
        """Return True and record the attempt if `user` may try now, else False.

        A refused attempt is not recorded: it does not make the wait longer.
        """
        now = time.monotonic()
        times = self._recent(user, now)
        if len(times) >= self.limit:
            return False
        times.append(now)
        return True

    def retry_after(self, user):
        """Seconds until `user` may try again: 0 if they may try now."""
        now = time.monotonic()
        times = self._recent(user, now)
        if len(times) < self.limit:
            return 0
        return times[0] + self.window - now

    def reset(self, user):
        """Forget every attempt of `user` (a librarian unlocked the account)."""
        self._attempts.pop(user, None)
