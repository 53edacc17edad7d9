# Mistake: the safe seller reads the counter before taking the lock, so another seller can
# still read the same value in between: the lock protects the write only, and updates are lost.
"""Two box-office sellers update one shared counter: a race made visible, then fixed."""
import threading


# --- the cooperative scheduler (given; do not change) -----------------------
def run(threads, schedule="", max_steps=2_000):
    """Advance generator "threads" one step at a time.

    threads: dict name -> generator.  At step i the thread named schedule[i]
    runs if it is still alive; otherwise, and once the schedule is used up,
    the alive threads take turns in dict order.  Raises RuntimeError if they
    never all finish (a deadlock).
    """
    alive = dict(threads)
    turn = 0
    for step in range(max_steps):
        if not alive:
            return
        names = list(alive)
        if step < len(schedule) and schedule[step] in alive:
            name = schedule[step]
        else:
            name = names[turn % len(names)]
            turn += 1
        try:
            next(alive[name])
        except StopIteration:
            del alive[name]
    raise RuntimeError(f"threads still running after {max_steps} steps: {sorted(alive)}")


# --- your part ---------------------------------------------------------------
def seller_unsafe(hall, tickets):
    """Sell `tickets` tickets: read hall["sold"], yield, write it back + 1, yield."""
    for _ in range(tickets):
        seen = hall["sold"]
        yield  # a thread switch can happen between the read and the write
        hall["sold"] = seen + 1
        yield


def seller_safe(hall, tickets, lock):
    """Like seller_unsafe, but the read-modify-write happens while holding lock."""
    for _ in range(tickets):
        seen = hall["sold"]
        yield
        while not lock.acquire(blocking=False):
            yield  # someone else holds the lock: wait for our next turn
        hall["sold"] = seen + 1
        lock.release()
        yield


def simulate(schedule, safe, tickets_each):
    """Run sellers "A" and "B" under `schedule`; return the final hall["sold"]."""
    hall = {"sold": 0}
    if safe:
        lock = threading.Lock()
        threads = {"A": seller_safe(hall, tickets_each, lock),
                   "B": seller_safe(hall, tickets_each, lock)}
    else:
        threads = {"A": seller_unsafe(hall, tickets_each),
                   "B": seller_unsafe(hall, tickets_each)}
    run(threads, schedule)
    return hall["sold"]


if __name__ == "__main__":
    print("unsafe, ABAB:", simulate("ABAB", False, 1))
    print("safe,   ABAB:", simulate("ABAB", True, 1))
