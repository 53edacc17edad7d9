"""The status dashboard, as text."""

ROW = "{:<10}{:<10}{:>5}{:>10}  {}"


def render(jobs, turns):
    """The dashboard: a header, one row per job, and a summary line."""
    lines = [ROW.format("JOB", "STATE", "STEPS", "ATTEMPTS", "NOTE").rstrip()]
    for job in jobs:
        lines.append(ROW.format(job.name, job.state.name, job.steps, job.attempts,
                                job.note).rstrip())
    done = sum(job.state.name == "done" for job in jobs)
    failed = sum(job.state.name == "failed" for job in jobs)
    lines.append(f"{len(jobs)} jobs: {done} done, {failed} failed in {turns} turns")
    return "\n".join(lines)
