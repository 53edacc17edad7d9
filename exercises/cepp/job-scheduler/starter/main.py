"""Rehearse a night's jobs: one job per line, `name steps [transient=N] [permanent] [retries=R]`."""

import sys

from scheduler.core import Scheduler
from scheduler.dashboard import render
from scheduler.job import Job
from scheduler.retry import TransientError, retry
from scheduler.tasks import scripted


def parse(line):
    """A Job from one spec line."""
    name, steps, *options = line.split()
    settings = {"transient": 0, "permanent": False, "retries": 0}
    for option in options:
        key, _, value = option.partition("=")
        settings[key] = int(value) if value else True
    task = scripted(int(steps), settings["transient"], settings["permanent"])
    if settings["retries"]:
        task = retry(times=settings["retries"], on=(TransientError,))(task)
    return Job(name, task)


def main():
    scheduler = Scheduler()
    for line in sys.stdin:
        if line.strip():
            scheduler.add(parse(line))
    turns = scheduler.run()
    print()
    print(render(scheduler.jobs, turns))


if __name__ == "__main__":
    main()
