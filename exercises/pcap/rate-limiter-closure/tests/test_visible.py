import unittest

from solution import make_counter, make_limiter, make_window_limiter


class VisibleTests(unittest.TestCase):

    def test_counter_counts_from_one(self):
        """make_counter() counts 1, 2, 3"""
        counter = make_counter()
        got = [counter(), counter(), counter()]
        self.assertEqual(got, [1, 2, 3],
                         msg="three calls of make_counter()'s function should return 1, 2, 3")

    def test_counter_with_start(self):
        """make_counter(10) counts 11, 12"""
        counter = make_counter(10)
        got = [counter(), counter()]
        self.assertEqual(got, [11, 12],
                         msg="make_counter(10): the first call returns 11, the second 12")

    def test_two_counters_are_independent(self):
        """two counters do not share their count"""
        first = make_counter()
        second = make_counter()
        first()
        first()
        first()
        self.assertEqual(second(), 1,
                         msg="a new counter must start at 1, whatever other counters did before")
        self.assertEqual(first(), 4,
                         msg="calling the second counter must not change the first one")

    def test_limiter_allows_then_refuses(self):
        """make_limiter(3) allows three calls, then refuses"""
        allow = make_limiter(3)
        got = [allow() for _ in range(5)]
        self.assertEqual(got, [True, True, True, False, False],
                         msg="make_limiter(3): five calls should give True, True, True, False, False")

    def test_window_limiter_example(self):
        """window limiter: the README example"""
        allow = make_window_limiter(2, 10)
        times = [0, 3, 9, 10, 12, 19.5, 25]
        expected = [True, True, False, True, True, False, True]
        got = [allow(now) for now in times]
        self.assertEqual(got, expected,
                         msg="make_window_limiter(2, 10) called at times %r" % times)


if __name__ == "__main__":
    unittest.main()
