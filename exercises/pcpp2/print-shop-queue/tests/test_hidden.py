import queue
import random
import unittest
from unittest import mock

from solution import SENTINEL, consumer, dispatch, producer, run


class SimQueue(queue.Queue):
    """A queue.Queue that refuses to block and records what was put."""

    def __init__(self, maxsize=0):
        super().__init__(maxsize)
        self.history = []

    def put(self, item, block=True, timeout=None):
        if block and self.maxsize > 0 and self.qsize() >= self.maxsize:
            raise AssertionError("put() on a full queue would block forever: use put_nowait()")
        return super().put(item, block=False)

    def _put(self, item):
        self.history.append(item)
        super()._put(item)

    def get(self, block=True, timeout=None):
        if block and self.qsize() == 0:
            raise AssertionError("get() on an empty queue would block forever: use get_nowait()")
        return super().get(block=False)


class TestPrintShopQueueHidden(unittest.TestCase):
    def test_no_jobs(self):
        """no jobs at all: three printers still stop"""
        q, log = SimQueue(1), []
        threads = {"producer": producer(q, [], 3)}
        for name in ("w1", "w2", "w3"):
            threads[name] = consumer(q, name, log)
        run(threads)
        self.assertEqual(log, [])
        self.assertEqual(q.history, [SENTINEL] * 3, msg="what the producer put")

    def test_one_sentinel_per_consumer(self):
        """the producer puts the jobs, then exactly one sentinel per consumer"""
        q = SimQueue(0)
        for _ in producer(q, ["a", "b"], 4):
            pass
        self.assertEqual(q.history, ["a", "b"] + [SENTINEL] * 4)

    def test_random_schedules(self):
        """random interleavings: every job once, each printer in queue order"""
        jobs = [f"job{i}" for i in range(12)]
        for seed in range(8):
            with self.subTest(seed=seed):
                rng = random.Random(seed)
                q, log = SimQueue(rng.choice([1, 2, 3])), []
                threads = {"producer": producer(q, jobs, 3)}
                for name in ("w1", "w2", "w3"):
                    threads[name] = consumer(q, name, log)
                run(threads, lambda step, names: rng.choice(names))
                self.assertEqual(sorted(job for _, job in log), sorted(jobs))
                self.assertEqual([job for _, job in log], jobs,
                                 msg="jobs leave the queue in FIFO order")
                self.assertEqual(q.unfinished_tasks, 0)

    def test_dispatch_single_printer_big_queue(self):
        """dispatch() with one printer and room for everything"""
        with mock.patch("queue.Queue", SimQueue):
            log = dispatch(["a", "b", "c"], 1, 10)
        self.assertEqual(log, [("w1", "a"), ("w1", "b"), ("w1", "c")])

    def test_dispatch_three_printers(self):
        """dispatch() names printers w1, w2, w3"""
        with mock.patch("queue.Queue", SimQueue):
            log = dispatch(["a", "b"], 3, 2)
        self.assertEqual(len(log), 2)
        self.assertTrue({name for name, _ in log} <= {"w1", "w2", "w3"})


if __name__ == "__main__":
    unittest.main()
