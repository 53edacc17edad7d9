# Mistake: the producer calls the blocking q.put(). With real threads another thread would
# make room; with one real thread running every "thread" it waits forever.
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
def producer(q, jobs, n_consumers):
    """Put every job on q, then one SENTINEL per consumer; yield while q is full."""
    for item in [*jobs, *[SENTINEL] * n_consumers]:
        q.put(item)  # blocks until there is room, as with real threads
        yield  # give up the CPU after each put, like a thread switch


def consumer(q, name, log):
    """Take jobs from q and log (name, job) until a SENTINEL arrives."""
    while True:
        try:
            job = q.get_nowait()
        except queue.Empty:
            yield  # nothing to do yet: let the producer run
            continue
        if job is SENTINEL:
            q.task_done()
            return
        log.append((name, job))
        q.task_done()
        yield


def dispatch(jobs, workers, maxsize):
    """Print jobs with `workers` consumers over a queue of `maxsize`; return the log."""
    q = queue.Queue(maxsize)
    log = []
    threads = {"producer": producer(q, jobs, workers)}
    for number in range(1, workers + 1):
        threads[f"w{number}"] = consumer(q, f"w{number}", log)
    run(threads)
    return log


if __name__ == "__main__":
    for entry in dispatch(["flyer.pdf", "menu.pdf", "poster.pdf", "card.pdf"], 2, 1):
        print(entry)
