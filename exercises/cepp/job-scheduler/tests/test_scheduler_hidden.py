"""The scheduler and jobs, end to end."""

import unittest

from scheduler.core import Scheduler
from scheduler.job import Job
from scheduler.retry import retry
from scheduler.states import IllegalTransition
from scheduler.tasks import scripted


class TestScheduler(unittest.TestCase):
    def test_round_robin_is_first_in_first_out(self):
        """Jobs take turns in the order they were added"""
        s = Scheduler()
        for name in ["a", "b", "c"]:
            s.add(Job(name, scripted(1)))
        lines = []
        turns = s.run(lines.append)
        self.assertEqual(turns, 6)
        self.assertEqual(lines, ["t1 a: pending -> running", "t2 b: pending -> running",
                                 "t3 c: pending -> running", "t4 a: running -> done",
                                 "t5 b: running -> done", "t6 c: running -> done"])

    def test_a_job_failing_on_its_first_step(self):
        """A job that fails at once ends failed with 0 steps and 1 attempt"""
        s = Scheduler()
        job = Job("x", scripted(1, permanent=True))
        s.add(job)
        lines = []
        s.run(lines.append)
        self.assertEqual((job.state.name, job.steps, job.attempts), ("failed", 0, 1))
        self.assertEqual(job.note, "PermanentError: input file is corrupt")
        self.assertEqual(lines[-1], "t1 x: running -> failed (PermanentError: input file is corrupt)")

    def test_a_finished_job_cannot_advance(self):
        """advance() on a done job raises IllegalTransition"""
        job = Job("x", scripted(1))
        job.advance(1)
        job.advance(2)
        self.assertEqual(job.state.name, "done")
        with self.assertRaises(IllegalTransition):
            job.advance(3)

    def test_times_zero_never_retries(self):
        """retry(times=0) runs the task once"""
        job = Job("x", retry(times=0)(scripted(1, transient=1)))
        job.advance(1)
        self.assertEqual((job.state.name, job.attempts), ("failed", 1))


if __name__ == "__main__":
    unittest.main()
