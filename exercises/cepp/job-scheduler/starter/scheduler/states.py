"""The State pattern: what a job may do next depends on the state it is in.

TODO: the transitions of the README's table. A state method changes the job
with job.change(NewState(), note); anything a state does not allow raises
IllegalTransition (the base class already does that).
"""


class IllegalTransition(Exception):
    """A change of state the current state does not allow."""


class State:
    name = "?"
    finished = False

    def _refuse(self, action):
        raise IllegalTransition(f"cannot {action} a {self.name} job")

    def run(self, job):
        self._refuse("run")

    def retry(self, job, note):
        self._refuse("retry")

    def finish(self, job):
        self._refuse("finish")

    def fail(self, job, note):
        self._refuse("fail")

    def __str__(self):
        return self.name


class Pending(State):
    name = "pending"

    def run(self, job):
        job.attempts = 1
        job.change(Running())


class Running(State):
    name = "running"

    def run(self, job):
        """Already running: nothing changes."""

    def finish(self, job):
        job.change(Done())

    # TODO: retry (-> Retrying) and fail (-> Failed, keep the note)


class Retrying(State):
    name = "retrying"
    # TODO: run (-> Running, one more attempt)


class Done(State):
    name = "done"
    finished = True


class Failed(State):
    name = "failed"
    finished = True
