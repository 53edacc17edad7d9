# Write unittest tests for the catalogue's login rate limiter (see the README).
# Give the limiter a FAKE clock that you move by hand: then a test can jump
# "60 seconds later" instantly and check the window's edges exactly.
import unittest

from ratelimit import RateLimiter


class FakeClock:
    """A test double for the clock: it returns self.now until a test moves it."""

    def __init__(self, start=1000.0):
        self.now = start

    def __call__(self):
        return self.now

    # TODO: an advance(seconds) method that moves self.now forward


class TestRateLimiter(unittest.TestCase):
    def setUp(self):
        self.clock = FakeClock()
        self.limiter = RateLimiter(limit=3, window=60, clock=self.clock)

    def test_allows_up_to_the_limit_then_refuses(self):
        for _ in range(3):
            self.assertTrue(self.limiter.allow("ana"))
        self.assertFalse(self.limiter.allow("ana"))

    # TODO: an attempt is forgotten exactly 60 s later (and not at 59.5 s)
    # TODO: the window slides: attempts 10 s apart free up one at a time
    # TODO: refused attempts do not make the wait longer
    # TODO: each user has their own limit; reset() forgets one user only
    # TODO: retry_after() before, during and after a lock-out
    # TODO: bad settings (limit 0, window 0, negatives) raise ValueError


if __name__ == "__main__":
    unittest.main()
