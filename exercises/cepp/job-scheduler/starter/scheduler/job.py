"""A job: a name, a generator task and a state."""

from scheduler.retry import Retry
from scheduler.states import Pending


class Job:
    def __init__(self, name, task):
        self.name = name
        self._task = task
        self._steps = None
        self.state = Pending()
        self.steps = 0
        self.attempts = 0
        self.note = ""
        self.clock = 0
        self.trace = []

    @property
    def finished(self):
        return self.state.finished

    def change(self, new_state, note=""):
        """Switch state and record the transition in the trace."""
        line = f"t{self.clock} {self.name}: {self.state} -> {new_state}"
        self.trace.append(f"{line} ({note})" if note else line)
        self.state = new_state

    def advance(self, clock):
        """Run one step of the task at time `clock`.

        TODO: let the state run; create the generator on first use; next() it and
        turn StopIteration / a Retry signal / an exception / a plain step into
        finish / retry / fail / steps += 1.
        """
        self.clock = clock
        self.state.run(self)
        self.state.finish(self)
