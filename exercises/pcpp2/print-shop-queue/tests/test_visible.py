import queue
import unittest
from unittest import mock

from solution import consumer, dispatch, producer, run


class SimQueue(queue.Queue):
    """A queue.Queue that refuses to block: with one real thread, blocking hangs."""

    def put(self, item, block=True, timeout=None):
        if block and self.maxsize > 0 and self.qsize() >= self.maxsize:
            raise AssertionError("put() on a full queue would block the only real thread "
                                 "forever: use put_nowait() and yield while it raises queue.Full")
        return super().put(item, block=False)

    def get(self, block=True, timeout=None):
        if block and self.qsize() == 0:
            raise AssertionError("get() on an empty queue would block the only real thread "
                                 "forever: use get_nowait() and yield while it raises queue.Empty")
        return super().get(block=False)


def scripted(script):
    """A pick() that follows `script` (names) while they are runnable, then round robin."""
    def pick(step, names):
        while script:
            wanted = script.pop(0)
            if wanted in names:
                return wanted
        return names[step % len(names)]
    return pick


class TestPrintShopQueue(unittest.TestCase):
    def test_round_robin_dispatch(self):
        """dispatch() with 2 printers and a queue of 1 prints every job in order"""
        with mock.patch("queue.Queue", SimQueue):
            log = dispatch(["flyer.pdf", "menu.pdf", "poster.pdf", "card.pdf"], 2, 1)
        self.assertEqual(log, [("w1", "flyer.pdf"), ("w1", "menu.pdf"),
                               ("w1", "poster.pdf"), ("w1", "card.pdf")],
                         msg="dispatch(['flyer.pdf', 'menu.pdf', 'poster.pdf', 'card.pdf'], 2, 1)")

    def test_greedy_producer_fills_the_queue(self):
        """a producer scheduled many times in a row waits (yields) while the queue is full"""
        q, log = SimQueue(2), []
        threads = {"producer": producer(q, ["a", "b", "c", "d", "e"], 2),
                   "w1": consumer(q, "w1", log), "w2": consumer(q, "w2", log)}
        run(threads, scripted(["producer"] * 6 + ["w2", "w1", "w2"]))
        self.assertEqual(log, [("w2", "a"), ("w1", "b"), ("w1", "c"), ("w1", "d"), ("w1", "e")],
                         msg="who printed what")

    def test_consumers_started_first_wait(self):
        """printers that start before any job arrives wait instead of quitting"""
        q, log = SimQueue(3), []
        threads = {"w1": consumer(q, "w1", log), "w2": consumer(q, "w2", log),
                   "producer": producer(q, ["x", "y"], 2)}
        run(threads, scripted(["w1", "w2", "w1", "w2"]))
        self.assertEqual(sorted(job for _, job in log), ["x", "y"],
                         msg="every job printed exactly once")

    def test_everyone_stops_and_tasks_are_done(self):
        """each consumer gets its own sentinel and calls task_done() for every item"""
        q, log = SimQueue(1), []
        threads = {"producer": producer(q, ["a", "b", "c"], 3)}
        for name in ("w1", "w2", "w3"):
            threads[name] = consumer(q, name, log)
        run(threads)  # raises RuntimeError if a thread never finishes
        self.assertTrue(q.empty(), msg="the queue should be empty at the end")
        self.assertEqual(q.unfinished_tasks, 0,
                         msg="q.unfinished_tasks at the end: call task_done() once per get, "
                             "sentinels included")


if __name__ == "__main__":
    unittest.main()
