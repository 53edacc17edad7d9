# Mistake: a wrong expectation at the window's edge. The test claims an
# attempt still counts exactly 60 seconds later, but the README says it is
# forgotten once `window` seconds have passed (it counts while now - t < 60).
# The suite fails on the correct limiter, so no bug can be counted.
import unittest

from ratelimit import RateLimiter


class FakeClock:
    def __init__(self, start=1000.0):
        self.now = start

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


class TestRateLimiter(unittest.TestCase):
    def setUp(self):
        self.clock = FakeClock()
        self.limiter = RateLimiter(limit=3, window=60, clock=self.clock)

    def test_allows_up_to_the_limit_then_refuses(self):
        for _ in range(3):
            self.assertTrue(self.limiter.allow("ana"))
        self.assertFalse(self.limiter.allow("ana"))

    def test_still_locked_at_the_edge(self):
        for _ in range(3):
            self.limiter.allow("ana")
        self.clock.advance(60)
        self.assertFalse(self.limiter.allow("ana"))

    def test_free_again_after_the_window(self):
        for _ in range(3):
            self.limiter.allow("ana")
        self.clock.advance(61)
        self.assertTrue(self.limiter.allow("ana"))


if __name__ == "__main__":
    unittest.main()
