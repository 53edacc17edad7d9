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
# TODO: seller_unsafe must yield between reading and writing hall["sold"] (that
#       is where the race happens); seller_safe must hold `lock` around the read
#       and the write; simulate runs sellers "A" and "B" (see the README).
def seller_unsafe(hall, tickets):
    """Sell `tickets` tickets: read hall["sold"], yield, write it back + 1, yield."""
    for _ in range(tickets):
        hall["sold"] += 1
        yield


def seller_safe(hall, tickets, lock):
    """Like seller_unsafe, but the read-modify-write happens while holding lock."""
    yield


def simulate(schedule, safe, tickets_each):
    """Run sellers "A" and "B" under `schedule`; return the final hall["sold"]."""
    return 0
