"""Tests for the catalogue's login rate limiter (ratelimit.py), with a fake clock."""
import unittest

from ratelimit import RateLimiter


class FakeClock:
    """A test double for the clock: it only moves when the test says so."""

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

    def use_up(self, user, gap=0):
        """Make `limit` allowed attempts, `gap` seconds apart."""
        for _ in range(3):
            self.assertTrue(self.limiter.allow(user))
            self.clock.advance(gap)

    def test_allows_up_to_the_limit_then_refuses(self):
        self.use_up("ana")
        self.assertFalse(self.limiter.allow("ana"))

    def test_attempt_is_forgotten_exactly_window_seconds_later(self):
        self.use_up("ana")                  # three attempts at t = 1000
        self.clock.advance(59.5)
        self.assertFalse(self.limiter.allow("ana"))
        self.clock.advance(0.5)             # t = 1060: exactly 60 s later
        self.assertTrue(self.limiter.allow("ana"))

    def test_the_window_slides_one_attempt_at_a_time(self):
        self.use_up("ana", gap=10)          # attempts at 1000, 1010, 1020; now 1030
        self.clock.advance(30)              # 1060: only the first one is forgotten
        self.assertTrue(self.limiter.allow("ana"))
        self.assertFalse(self.limiter.allow("ana"))
        self.clock.advance(10)              # 1070: the second one too
        self.assertTrue(self.limiter.allow("ana"))

    def test_refused_attempts_do_not_extend_the_wait(self):
        self.use_up("ana")
        self.clock.advance(30)
        self.assertFalse(self.limiter.allow("ana"))
        self.clock.advance(30)
        self.assertTrue(self.limiter.allow("ana"))

    def test_users_are_limited_separately(self):
        self.use_up("ana")
        self.assertTrue(self.limiter.allow("bo"))
        self.assertTrue(self.limiter.allow("zoë"))
        self.assertFalse(self.limiter.allow("ana"))

    def test_retry_after(self):
        self.assertEqual(self.limiter.retry_after("ana"), 0)
        self.use_up("ana", gap=10)          # attempts at 1000, 1010, 1020; now 1030
        self.assertEqual(self.limiter.retry_after("ana"), 30)
        self.clock.advance(30)
        self.assertEqual(self.limiter.retry_after("ana"), 0)

    def test_reset_forgets_only_that_user(self):
        self.use_up("ana")
        self.use_up("bo")
        self.limiter.reset("ana")
        self.assertTrue(self.limiter.allow("ana"))
        self.assertFalse(self.limiter.allow("bo"))

    def test_bad_settings_are_refused(self):
        for limit, window in [(0, 60), (-1, 60), (3, 0), (3, -5)]:
            with self.subTest(limit=limit, window=window):
                with self.assertRaises(ValueError):
                    RateLimiter(limit, window, clock=self.clock)

    def test_a_limit_of_one(self):
        limiter = RateLimiter(limit=1, window=0.5, clock=self.clock)
        self.assertTrue(limiter.allow("ana"))
        self.assertFalse(limiter.allow("ana"))
        self.clock.advance(0.5)
        self.assertTrue(limiter.allow("ana"))


if __name__ == "__main__":
    unittest.main()
