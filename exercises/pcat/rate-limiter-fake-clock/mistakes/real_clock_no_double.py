# Mistake: no test double. The tests use the default clock (the real time)
# and, since they cannot wait 60 seconds, never check what happens when time
# passes. The limit itself is tested, but a limiter that ignores its clock,
# or gets the window's edge or retry_after wrong, passes every test.
import unittest

from ratelimit import RateLimiter


class TestRateLimiter(unittest.TestCase):
    def setUp(self):
        self.limiter = RateLimiter(limit=3, window=60)

    def test_allows_up_to_the_limit_then_refuses(self):
        for _ in range(3):
            self.assertTrue(self.limiter.allow("ana"))
        self.assertFalse(self.limiter.allow("ana"))

    def test_users_are_limited_separately(self):
        for _ in range(3):
            self.limiter.allow("ana")
        self.assertTrue(self.limiter.allow("bo"))

    def test_retry_after_is_zero_at_first(self):
        self.assertEqual(self.limiter.retry_after("ana"), 0)

    def test_bad_settings_are_refused(self):
        with self.assertRaises(ValueError):
            RateLimiter(0, 60)


if __name__ == "__main__":
    unittest.main()
