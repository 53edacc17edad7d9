import pickle
import unittest

from solution import make_task, partition, pool_map, worker


def daily_peak(readings):
    """A module-level function: pickled by reference, as multiprocessing needs."""
    return max(readings)


def calibrate(reading):
    reading["value"] = round(reading["value"] * 1.5, 2)
    return reading["value"]


class TestSensorPool(unittest.TestCase):
    def test_partition_even_and_uneven(self):
        """partition() makes contiguous chunks, the first ones one item longer"""
        self.assertEqual(partition(list(range(10)), 3), [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]],
                         msg="partition(range(10), 3)")
        self.assertEqual(partition(["a", "b", "c", "d"], 2), [["a", "b"], ["c", "d"]],
                         msg="partition(['a', 'b', 'c', 'd'], 2)")

    def test_partition_more_workers_than_items(self):
        """no empty chunks when there are more workers than items"""
        self.assertEqual(partition([7, 8], 4), [[7], [8]], msg="partition([7, 8], 4)")

    def test_task_is_bytes_that_round_trip(self):
        """make_task() returns pickled bytes holding the function and the chunk"""
        task = make_task(daily_peak, [[1, 5], [2]])
        self.assertIsInstance(task, bytes, msg="make_task must return bytes")
        func, chunk = pickle.loads(task)
        self.assertIs(func, daily_peak, msg="the function travels by reference")
        self.assertEqual(chunk, [[1, 5], [2]])

    def test_worker_answers_in_bytes(self):
        """worker() turns a task into pickled ('ok', results)"""
        reply = worker(make_task(daily_peak, [[1, 5], [9, 2]]))
        self.assertIsInstance(reply, bytes, msg="worker must return bytes")
        self.assertEqual(pickle.loads(reply), ("ok", [5, 9]))

    def test_pool_map_keeps_order(self):
        """pool_map() gives the results in the order of the items"""
        week = [[12.5, 14.0], [13.1], [9.9, 15.2, 11.0], [10.0], [16.4, 8.0], [7.7], [12.0]]
        self.assertEqual(pool_map(daily_peak, week, 3), [14.0, 13.1, 15.2, 10.0, 16.4, 7.7, 12.0],
                         msg="pool_map(daily_peak, week, 3)")

    def test_processes_do_not_share_memory(self):
        """a worker changes its own copy of the data, never the parent's"""
        readings = [{"id": 1, "value": 2.0}, {"id": 2, "value": 4.0}]
        self.assertEqual(pool_map(calibrate, readings, 2), [3.0, 6.0])
        self.assertEqual(readings, [{"id": 1, "value": 2.0}, {"id": 2, "value": 4.0}],
                         msg="the parent's readings changed: the chunk must be pickled and "
                             "unpickled, not handed over as the same objects")


if __name__ == "__main__":
    unittest.main()
