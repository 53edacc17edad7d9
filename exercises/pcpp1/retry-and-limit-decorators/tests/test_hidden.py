import unittest

from solution import CallLimitExceeded, limit_calls, retry


class TestDecoratorsHidden(unittest.TestCase):
    def test_only_listed_exceptions_retried(self):
        """an exception not listed is raised at the first attempt"""
        calls = []

        @retry(5, exceptions=(TimeoutError, ConnectionError))
        def charge():
            calls.append(1)
            raise KeyError("card")
        with self.assertRaises(KeyError):
            charge()
        self.assertEqual(len(calls), 1)

    def test_stacking_limit_outside(self):
        """@limit_calls(2) over @retry(3): one call counts once, however many attempts"""
        attempts = []

        @limit_calls(2)
        @retry(3)
        def sync():
            attempts.append(1)
            if len(attempts) % 3:
                raise ConnectionError("down")
            return "synced"
        self.assertEqual(sync(), "synced")
        self.assertEqual(sync.calls, 1)
        self.assertEqual(len(attempts), 3)

    def test_stacking_retry_outside(self):
        """@retry(3) over @limit_calls(2): every attempt counts, the limit stops the retries"""
        attempts = []

        @retry(3, exceptions=(ConnectionError, CallLimitExceeded))
        @limit_calls(2)
        def sync():
            attempts.append(1)
            raise ConnectionError("down")
        with self.assertRaises(CallLimitExceeded):
            sync()
        self.assertEqual(len(attempts), 2)

    def test_independent_counters(self):
        """each decorated function has its own counter"""
        limit = limit_calls(1)
        a = limit(lambda: "a")
        b = limit(lambda: "b")
        self.assertEqual((a(), b()), ("a", "b"))

    def test_bad_times(self):
        """retry(0) raises ValueError when the decorator is made"""
        with self.assertRaises(ValueError):
            retry(0)

    def test_return_value_none_and_kwargs(self):
        """a None result is returned as is, keyword arguments pass through"""
        @retry(2)
        def store(key, value=None, **extra):
            return None if value is None else (key, value, extra)
        self.assertIsNone(store("a"))
        self.assertEqual(store("a", value=1, ttl=5), ("a", 1, {"ttl": 5}))


if __name__ == "__main__":
    unittest.main()
