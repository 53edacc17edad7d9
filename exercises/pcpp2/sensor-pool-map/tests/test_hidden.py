import pickle
import unittest

from solution import make_task, partition, pool_map, worker


def inverse(x):
    return 1 / x


def square(x):
    return x * x


class TestSensorPoolHidden(unittest.TestCase):
    def test_lambda_cannot_travel(self):
        """a lambda cannot be pickled, so it cannot be sent to a worker"""
        with self.assertRaises((pickle.PicklingError, AttributeError)):
            make_task(lambda x: x, [1])
        with self.assertRaises((pickle.PicklingError, AttributeError)):
            pool_map(lambda x: x, [1, 2], 2)

    def test_error_travels_back(self):
        """an exception in a worker is pickled back and raised by pool_map"""
        status, error = pickle.loads(worker(make_task(inverse, [1, 0])))
        self.assertEqual(status, "error")
        self.assertIsInstance(error, ZeroDivisionError)
        with self.assertRaises(ZeroDivisionError):
            pool_map(inverse, [4, 2, 0, 1], 2)

    def test_empty_input(self):
        """no items: no chunks, no results"""
        self.assertEqual(partition([], 3), [])
        self.assertEqual(pool_map(square, [], 3), [])

    def test_one_worker(self):
        """one worker gets everything"""
        self.assertEqual(partition([1, 2, 3], 1), [[1, 2, 3]])
        self.assertEqual(pool_map(square, range(5), 1), [0, 1, 4, 9, 16])

    def test_sizes_many(self):
        """chunk sizes for many item and worker counts"""
        for n in range(0, 23):
            for w in range(1, 7):
                with self.subTest(items=n, workers=w):
                    chunks = partition(range(n), w)
                    self.assertEqual([x for c in chunks for x in c], list(range(n)))
                    sizes = [len(c) for c in chunks]
                    self.assertEqual(len(chunks), min(n, w))
                    if sizes:
                        self.assertLessEqual(max(sizes) - min(sizes), 1)
                        self.assertEqual(sizes, sorted(sizes, reverse=True))

    def test_big_map(self):
        """pool_map over 200 items with 7 workers"""
        self.assertEqual(pool_map(square, range(200), 7), [x * x for x in range(200)])


if __name__ == "__main__":
    unittest.main()
