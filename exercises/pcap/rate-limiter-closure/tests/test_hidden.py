import unittest

from solution import make_counter, make_limiter, make_window_limiter


class HiddenTests(unittest.TestCase):

    def test_counter_negative_start(self):
        """make_counter(-2) counts -1, 0, 1"""
        counter = make_counter(-2)
        self.assertEqual([counter(), counter(), counter()], [-1, 0, 1],
                         msg="make_counter(-2) should count -1, 0, 1")

    def test_counter_state_in_closure(self):
        """the count lives in the closure"""
        counter = make_counter()
        counter()
        self.assertIsNotNone(counter.__closure__,
                             msg="the returned function should use a variable of make_counter "
                                 "(its __closure__ is None)")
        self.assertEqual(counter(), 2, msg="the second call should return 2")

    def test_limiters_are_independent(self):
        """two limiters do not share their calls"""
        first = make_limiter(2)
        second = make_limiter(2)
        self.assertEqual([first(), first(), first()], [True, True, False],
                         msg="make_limiter(2): True, True, then False")
        self.assertEqual([second(), second(), second()], [True, True, False],
                         msg="a second make_limiter(2) must have its own two calls")

    def test_limiter_zero(self):
        """make_limiter(0) never allows"""
        allow = make_limiter(0)
        self.assertEqual([allow(), allow()], [False, False],
                         msg="make_limiter(0) should refuse every call")

    def test_negative_limit_raises(self):
        """a negative max_calls raises ValueError"""
        with self.assertRaises(ValueError, msg="make_limiter(-1) should raise ValueError"):
            make_limiter(-1)
        with self.assertRaises(ValueError, msg="make_window_limiter(-1, 5) should raise ValueError"):
            make_window_limiter(-1, 5)

    def test_window_must_be_positive(self):
        """a window of 0 seconds raises ValueError"""
        with self.assertRaises(ValueError, msg="make_window_limiter(3, 0) should raise ValueError"):
            make_window_limiter(3, 0)

    def test_many_calls(self):
        """make_limiter(1000) allows exactly 1000 of 1500 calls"""
        allow = make_limiter(1000)
        allowed = sum(1 for _ in range(1500) if allow())
        self.assertEqual(allowed, 1000, msg="1500 calls of make_limiter(1000)'s function")

    def test_window_boundary(self):
        """a call exactly `seconds` later opens a new window"""
        allow = make_window_limiter(1, 5)
        got = [allow(100), allow(104.9), allow(105)]
        self.assertEqual(got, [True, False, True],
                         msg="make_window_limiter(1, 5) called at 100, 104.9, 105")

    def test_refused_calls_do_not_move_the_window(self):
        """refused calls do not start a window"""
        allow = make_window_limiter(1, 5)
        got = [allow(0), allow(4), allow(6), allow(9), allow(11)]
        self.assertEqual(got, [True, False, True, False, True],
                         msg="make_window_limiter(1, 5) called at 0, 4, 6, 9, 11: "
                             "windows start at 0, 6 and 11")

    def test_window_limiters_are_independent(self):
        """two window limiters do not share their windows"""
        first = make_window_limiter(1, 60)
        second = make_window_limiter(1, 60)
        self.assertTrue(first(0), msg="first limiter, first call")
        self.assertTrue(second(30), msg="a second limiter must have its own window")
        self.assertFalse(first(59), msg="first limiter, second call within 60 seconds")
        self.assertTrue(first(60), msg="first limiter, a new window at 60")
        self.assertFalse(second(89), msg="second limiter, still in its window that started at 30")

    def test_window_zero_calls(self):
        """make_window_limiter(0, 10) never allows"""
        allow = make_window_limiter(0, 10)
        self.assertEqual([allow(0), allow(10), allow(100)], [False, False, False],
                         msg="make_window_limiter(0, 10) should refuse every call")


if __name__ == "__main__":
    unittest.main()
