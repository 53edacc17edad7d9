import unittest

from solution import log_calls, retry


def scripted(*replies):
    """A fake device: each call takes the next reply; exceptions are raised.

    The function records the arguments of each call in its `calls` list.
    """
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


class TestRetry(unittest.TestCase):
    def test_success_first_time(self):
        """a call that works at once is made once"""
        device = scripted(21.5)
        read = retry(3)(device)
        self.assertEqual(read("T1"), 21.5, msg="retry(3) on a device that answers 21.5")
        self.assertEqual(len(device.calls), 1, msg="number of calls of the device")

    def test_retries_until_success(self):
        """two timeouts, then a value: the value is returned after 3 calls"""
        device = scripted(TimeoutError("no reply"), TimeoutError("no reply"), 19.0)
        read = retry(3)(device)
        self.assertEqual(read("T2"), 19.0, msg="value of the third attempt")
        self.assertEqual(len(device.calls), 3, msg="number of calls of the device")

    def test_gives_up_after_times_attempts(self):
        """retry(3) makes 3 attempts in all, then raises the last error"""
        device = scripted(*[ConnectionError(f"link down #{i}") for i in range(1, 6)])
        read = retry(3)(device)
        with self.assertRaises(ConnectionError, msg="after 3 failed attempts") as cm:
            read("T1")
        self.assertEqual(len(device.calls), 3,
                         msg="retry(3) means 3 attempts in total, not 3 retries")
        self.assertEqual(str(cm.exception), "link down #3", msg="the LAST attempt's error")

    def test_other_errors_not_retried(self):
        """an exception not listed in `on` propagates at once"""
        device = scripted(ValueError("bad sensor name"), 20.0)
        read = retry(3, on=(ConnectionError, TimeoutError))(device)
        with self.assertRaises(ValueError, msg="ValueError is not in `on`"):
            read("??")
        self.assertEqual(len(device.calls), 1, msg="a ValueError must not be retried")


class TestLogCalls(unittest.TestCase):
    def test_log_line_format(self):
        """log_calls writes name(args, key=value) -> result"""
        log = []
        read = log_calls(log)(scripted(21.5, 70.7))
        read("T1")
        read("T2", unit="F")
        self.assertEqual(log, ["read_temperature('T1') -> 21.5",
                               "read_temperature('T2', unit='F') -> 70.7"])

    def test_wrappers_keep_name_and_doc(self):
        """both wrappers keep __name__ and __doc__ (functools.wraps)"""
        for label, wrapped in [("retry(2)", retry(2)(scripted())),
                               ("log_calls([])", log_calls([])(scripted()))]:
            with self.subTest(decorator=label):
                self.assertEqual(wrapped.__name__, "read_temperature", msg="__name__")
                self.assertEqual(wrapped.__doc__, "Ask a sensor for its temperature.",
                                 msg="__doc__")


if __name__ == "__main__":
    unittest.main()
