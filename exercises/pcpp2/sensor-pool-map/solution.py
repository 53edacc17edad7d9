"""A process pool as partition / pickle / work / unpickle / merge."""
import pickle


def partition(items, workers):
    """Split items into at most `workers` contiguous chunks whose sizes differ by <= 1.

    Earlier chunks get the extra items; no chunk is empty.
    """
    items = list(items)
    count = min(workers, len(items))
    if count == 0:
        return []
    size, extra = divmod(len(items), count)
    chunks, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        chunks.append(items[start:end])
        start = end
    return chunks


def make_task(func, chunk):
    """Serialise (func, chunk) as the pool would send it to a worker process."""
    return pickle.dumps((func, chunk))


def worker(task):
    """What runs in the worker process: bytes in, bytes out."""
    func, chunk = pickle.loads(task)
    try:
        results = [func(item) for item in chunk]
    except Exception as error:  # sent back to the parent, like Pool.map does
        return pickle.dumps(("error", error))
    return pickle.dumps(("ok", results))


def pool_map(func, items, workers=4):
    """Like multiprocessing.Pool(workers).map(func, items), one worker at a time here."""
    replies = [worker(make_task(func, chunk)) for chunk in partition(items, workers)]
    merged = []
    for reply in replies:
        status, payload = pickle.loads(reply)
        if status == "error":
            raise payload
        merged.extend(payload)
    return merged
