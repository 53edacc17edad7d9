"""Producer/consumer print dispatcher over queue.Queue, run by a cooperative scheduler."""
import queue

SENTINEL = None


# --- the cooperative scheduler (given; do not change) -----------------------
def run(threads, pick=None, max_steps=2_000):
    """Run generator "threads" one step (one next()) at a time.

    threads: dict name -> generator.  pick(step, names) chooses the name of the
    runnable thread to advance; the default is round robin in dict order.
    Raises RuntimeError if the threads never all finish (a deadlock or livelock).
    """
    alive = dict(threads)
    turn = 0
    for step in range(max_steps):
        if not alive:
            return step
        names = list(alive)
        if pick is None:
            name = names[turn % len(names)]
            turn += 1
        else:
            name = pick(step, names)
        try:
            next(alive[name])
        except StopIteration:
            del alive[name]
    raise RuntimeError(f"threads still running after {max_steps} steps: {sorted(alive)}")


# --- your part ---------------------------------------------------------------
# TODO: make producer() and consumer() generators that share the queue safely:
#       put_nowait/get_nowait, yield when the queue is full/empty, one SENTINEL
#       per consumer, task_done() for every item taken (see the README).
def producer(q, jobs, n_consumers):
    """Put every job on q, then one SENTINEL per consumer; yield while q is full."""
    for job in jobs:
        q.put_nowait(job)
        yield


def consumer(q, name, log):
    """Take jobs from q and log (name, job) until a SENTINEL arrives."""
    yield


def dispatch(jobs, workers, maxsize):
    """Print jobs with `workers` consumers over a queue of `maxsize`; return the log."""
    return []
