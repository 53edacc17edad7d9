"""The State pattern: what a job may do next depends on the state it is in."""


class IllegalTransition(Exception):
    """A change of state the current state does not allow."""


class State:
    """Base state: every transition is refused unless a subclass allows it."""

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

    def retry(self, job, note):
        job.change(Retrying(), note)

    def finish(self, job):
        job.change(Done())

    def fail(self, job, note):
        job.note = note
        job.change(Failed(), note)


class Retrying(State):
    name = "retrying"

    def run(self, job):
        job.attempts += 1
        job.change(Running())


class Done(State):
    name = "done"
    finished = True


class Failed(State):
    name = "failed"
    finished = True
