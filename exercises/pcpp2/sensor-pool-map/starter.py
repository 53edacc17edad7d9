# A process pool, the way multiprocessing.Pool.map works: split the items
# into chunks, pickle each (function, chunk) task, let a worker unpickle and
# run it and pickle its results back, then merge the results in order.
import pickle


def partition(items, workers):
    # TODO: at most `workers` contiguous chunks, sizes differing by at most 1,
    #       the first chunks one longer; no empty chunk
    return [list(items)]


def make_task(func, chunk):
    # TODO: return the pickled bytes of (func, chunk)
    return (func, chunk)


def worker(task):
    # TODO: unpickle the task, apply func to every item, return the pickled
    #       ("ok", results), or ("error", exception) if func raised
    func, chunk = task
    return [func(item) for item in chunk]


def pool_map(func, items, workers=4):
    # TODO: partition, make_task, worker, unpickle each reply, merge in order
    return [func(item) for item in items]
