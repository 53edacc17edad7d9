"""The cooperative scheduler: round robin over a FIFO queue, one step per turn."""

import queue


class Scheduler:
    def __init__(self):
        self.ready = queue.Queue()
        self.jobs = []
        self.turns = 0

    def add(self, job):
        self.jobs.append(job)
        self.ready.put(job)

    def run(self, on_change=print):
        """Run every job to its end; report each state change through on_change."""
        while not self.ready.empty():
            job = self.ready.get()
            self.turns += 1
            seen = len(job.trace)
            job.advance(self.turns)
            for line in job.trace[seen:]:
                on_change(line)
            if not job.finished:
                self.ready.put(job)
        return self.turns
