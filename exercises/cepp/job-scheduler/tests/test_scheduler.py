"""The @retry decorator and the job states."""

import unittest

from scheduler.job import Job
from scheduler.retry import PermanentError, Retry, TransientError, retry
from scheduler.states import Done, IllegalTransition, Pending


def failing_until(successes_after):
    """A task that raises TransientError on its first `successes_after` attempts."""
    calls = []

    def task():
        """Copy the nightly export."""
        calls.append(1)
        yield "step"
        if len(calls) <= successes_after:
            raise TransientError(f"busy {len(calls)}")
        yield "step"
    return task, calls


class TestRetry(unittest.TestCase):
    def test_retries_until_success(self):
        """@retry(times=2) re-runs the task and yields a Retry between attempts"""
        task, calls = failing_until(2)
        signals = list(retry(times=2, on=(TransientError,))(task)())
        self.assertEqual(len(calls), 3)
        retries = [s for s in signals if isinstance(s, Retry)]
        self.assertEqual([r.attempt for r in retries], [1, 2])
        self.assertEqual(str(retries[1].error), "busy 2")
        self.assertEqual([s for s in signals if not isinstance(s, Retry)],
                         ["step", "step", "step", "step"])

    def test_gives_up_after_times_retries(self):
        """After `times` retries the last error propagates"""
        task, calls = failing_until(5)
        wrapped = retry(times=1, on=(TransientError,))(task)
        with self.assertRaises(TransientError):
            list(wrapped())
        self.assertEqual(len(calls), 2)

    def test_other_errors_are_not_retried(self):
        """An error not listed in `on` propagates at once, with no Retry"""
        def task():
            yield
            raise PermanentError("corrupt")
        seen = []
        with self.assertRaises(PermanentError):
            for signal in retry(times=3, on=(TransientError,))(task)():
                seen.append(signal)
        self.assertEqual(seen, [None])

    def test_keeps_the_task_name(self):
        """The decorated task keeps its __name__ and __doc__ (functools.wraps)"""
        task, _ = failing_until(0)
        wrapped = retry(times=1)(task)
        self.assertEqual(wrapped.__name__, "task")
        self.assertEqual(wrapped.__doc__, "Copy the nightly export.")


class TestStates(unittest.TestCase):
    def test_finished_states_refuse_everything(self):
        """Done refuses run; Pending refuses retry: IllegalTransition"""
        job = Job("x", lambda: iter(()))
        with self.assertRaises(IllegalTransition):
            Done().run(job)
        with self.assertRaises(IllegalTransition):
            Pending().retry(job, "why")


if __name__ == "__main__":
    unittest.main()
