import unittest

from solution import CallLimitExceeded, limit_calls, retry


def flaky(failures, exc=ConnectionError):
    """A function that fails `failures` times, then returns 'ok'."""
    state = {"calls": 0}

    def fetch(x, *, suffix=""):
        """Fetch x."""
        state["calls"] += 1
        if state["calls"] <= failures:
            raise exc(f"try {state['calls']}")
        return f"ok {x}{suffix}"
    return fetch, state


class TestDecoratorsVisible(unittest.TestCase):
    def test_retry_until_success(self):
        """retry(3) survives two failures and passes the arguments on"""
        fetch, state = flaky(2)
        fetch = retry(3)(fetch)
        self.assertEqual(fetch("rates", suffix="!"), "ok rates!")
        self.assertEqual(state["calls"], 3)

    def test_retry_gives_up(self):
        """after the last attempt the original exception propagates"""
        fetch, state = flaky(5)
        fetch = retry(3)(fetch)
        with self.assertRaisesRegex(ConnectionError, "try 3"):
            fetch("rates")
        self.assertEqual(state["calls"], 3, msg="retry(3) makes exactly 3 attempts")

    def test_retry_log(self):
        """each failed attempt is written to the log list"""
        log = []
        fetch, _ = flaky(1)
        fetch = retry(2, log=log)(fetch)
        fetch("eur")
        self.assertEqual(log, ["fetch attempt 1 failed: ConnectionError('try 1')"])

    def test_limit_calls(self):
        """limit_calls(2) allows two calls, then raises CallLimitExceeded"""
        @limit_calls(2)
        def ping():
            return "pong"
        self.assertEqual([ping(), ping()], ["pong", "pong"])
        with self.assertRaises(CallLimitExceeded):
            ping()
        self.assertEqual(ping.calls, 2)

    def test_wraps_keeps_name_and_doc(self):
        """the decorated function keeps its __name__ and __doc__"""
        fetch, _ = flaky(0)
        for decorated in (retry(2)(fetch), limit_calls(1)(fetch)):
            self.assertEqual(decorated.__name__, "fetch")
            self.assertEqual(decorated.__doc__, "Fetch x.")


if __name__ == "__main__":
    unittest.main()
