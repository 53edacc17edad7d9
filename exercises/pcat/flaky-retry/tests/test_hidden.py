import unittest

from solution import log_calls, retry


def scripted(*replies):
    queue = list(replies)

    def read_temperature(sensor, unit="C"):
        """Ask a sensor for its temperature."""
        read_temperature.calls.append((sensor, unit))
        reply = queue.pop(0)
        if isinstance(reply, BaseException):
            raise reply
        return reply

    read_temperature.calls = []
    return read_temperature


class TestRetryHidden(unittest.TestCase):
    def test_times_below_one_refused(self):
        """retry(0) and retry(-2) raise ValueError at once"""
        for times in (0, -2):
            with self.subTest(times=times):
                with self.assertRaises(ValueError, msg=f"retry({times})"):
                    retry(times)

    def test_retry_one_never_retries(self):
        """retry(1) calls once and raises the first error"""
        device = scripted(TimeoutError("slow"), 20.0)
        read = retry(1)(device)
        with self.assertRaises(TimeoutError):
            read("T1")
        self.assertEqual(len(device.calls), 1)

    def test_single_exception_class(self):
        """on=KeyError (a class, not a tuple) is retried"""
        device = scripted(KeyError("T9"), KeyError("T9"), 3.5)
        read = retry(4, on=KeyError)(device)
        self.assertEqual(read("T9"), 3.5)
        self.assertEqual(len(device.calls), 3)

    def test_last_exception_object(self):
        """the exception object of the last attempt propagates"""
        errors = [TimeoutError("first"), TimeoutError("second")]
        read = retry(2)(scripted(*errors))
        with self.assertRaises(TimeoutError) as cm:
            read("T1")
        self.assertIs(cm.exception, errors[1])

    def test_same_arguments_each_attempt(self):
        """every attempt gets the same positional and keyword arguments"""
        device = scripted(ConnectionError(), ConnectionError(), -4.25)
        read = retry(5)(device)
        self.assertEqual(read("Kjølerom", unit="F"), -4.25)
        self.assertEqual(device.calls, [("Kjølerom", "F")] * 3)

    def test_many_attempts(self):
        """retry(100) survives 99 failures"""
        device = scripted(*([TimeoutError()] * 99 + [0.0]))
        read = retry(100)(device)
        self.assertEqual(read("T1"), 0.0)
        self.assertEqual(len(device.calls), 100)

    def test_zero_and_none_returns(self):
        """falsy results (0, None) are results, not failures"""
        device = scripted(0, None)
        read = retry(3)(device)
        self.assertEqual(read("T1"), 0)
        self.assertIsNone(read("T1"))
        self.assertEqual(len(device.calls), 2)


class TestLogCallsHidden(unittest.TestCase):
    def test_exception_logged_and_propagated(self):
        """a raising call is logged as `raised Type: message` and propagates"""
        log = []
        read = log_calls(log)(scripted(ValueError("unknown sensor 'X'")))
        with self.assertRaises(ValueError):
            read("X")
        self.assertEqual(log, ["read_temperature('X') raised ValueError: unknown sensor 'X'"])

    def test_empty_message(self):
        """an exception without a message is logged with its type only"""
        log = []
        read = log_calls(log)(scripted(TimeoutError()))
        with self.assertRaises(TimeoutError):
            read("T1")
        self.assertEqual(log, ["read_temperature('T1') raised TimeoutError"])

    def test_no_arguments_and_unicode(self):
        """no arguments, unicode and keyword-only calls"""
        log = []

        @log_calls(log)
        def ping():
            return None

        @log_calls(log)
        def greet(name, *, greeting):
            return f"{greeting} {name}"

        ping()
        greet("Zoë", greeting="Hei")
        self.assertEqual(log, ["ping() -> None", "greet('Zoë', greeting='Hei') -> 'Hei Zoë'"])

    def test_log_outside_retry(self):
        """@log_calls above @retry logs once per call"""
        log = []
        read = log_calls(log)(retry(3)(scripted(TimeoutError("no reply"), 21.5)))
        self.assertEqual(read("T1"), 21.5)
        self.assertEqual(log, ["read_temperature('T1') -> 21.5"])

    def test_retry_outside_log(self):
        """@retry above @log_calls logs every attempt"""
        log = []
        read = retry(3)(log_calls(log)(scripted(TimeoutError("no reply"), 21.5)))
        self.assertEqual(read("T1"), 21.5)
        self.assertEqual(log, ["read_temperature('T1') raised TimeoutError: no reply",
                               "read_temperature('T1') -> 21.5"])

    def test_separate_logs(self):
        """two decorated functions write to their own lists"""
        log_a, log_b = [], []
        a = log_calls(log_a)(scripted(1.0))
        b = log_calls(log_b)(scripted(2.0))
        a("A")
        b("B")
        self.assertEqual((log_a, log_b), (["read_temperature('A') -> 1.0"],
                                          ["read_temperature('B') -> 2.0"]))


if __name__ == "__main__":
    unittest.main()
