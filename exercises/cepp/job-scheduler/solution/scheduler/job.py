"""A job: a name, a generator task and a state."""

from scheduler.retry import Retry
from scheduler.states import Pending


class Job:
    """One unit of work; each advance() runs its task one step."""

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
        """Run one step of the task at time `clock`."""
        self.clock = clock
        self.state.run(self)
        if self._steps is None:
            self._steps = self._task()
        try:
            signal = next(self._steps)
        except StopIteration:
            self.state.finish(self)
        except Exception as error:  # the task failed for good
            self.state.fail(self, f"{type(error).__name__}: {error}")
        else:
            if isinstance(signal, Retry):
                error = signal.error
                self.state.retry(self, f"{type(error).__name__}: {error}")
            else:
                self.steps += 1
