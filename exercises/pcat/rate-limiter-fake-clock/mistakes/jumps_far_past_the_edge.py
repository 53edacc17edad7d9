# Mistake: the fake clock is there, but every test jumps far past the edges
# (two minutes later, all attempts at the same instant). The tests never
# look at exactly 60 s, at a window that slides one attempt at a time, or
# at retry_after while some attempts are older than others, so the
# off-by-one bugs at the edges survive.
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

    def test_free_again_later(self):
        for _ in range(3):
            self.limiter.allow("ana")
        self.clock.advance(120)
        self.assertTrue(self.limiter.allow("ana"))

    def test_retry_after_when_locked(self):
        for _ in range(3):
            self.limiter.allow("ana")
        self.clock.advance(20)
        self.assertEqual(self.limiter.retry_after("ana"), 40)

    def test_users_are_limited_separately(self):
        for _ in range(3):
            self.limiter.allow("ana")
        self.assertTrue(self.limiter.allow("bo"))
        self.assertFalse(self.limiter.allow("ana"))


if __name__ == "__main__":
    unittest.main()
