# Checker of cepp/job-scheduler: the trace must match line for line; the
# dashboard is read by columns (any alignment), so it is compared cell by cell.
#
# stdin:  {"output": ..., "expected": ..., ...} as JSON
# stdout: {"score": 0..1, "feedback": "..."}
# Score: 0.5 for the trace, 0.5 for the dashboard (rows and summary line).
import json
import sys


def split(text):
    """(trace lines, dashboard lines) around the first blank line."""
    lines = [line.rstrip() for line in text.rstrip("\n").split("\n")]
    if "" in lines:
        cut = lines.index("")
        return lines[:cut], [line for line in lines[cut + 1:] if line]
    return lines, []


def cells(line):
    """JOB STATE STEPS ATTEMPTS NOTE: the first four words, then the rest as the note."""
    words = line.split()
    return words[:4] + [" ".join(words[4:])]


def main():
    data = json.load(sys.stdin)
    got_trace, got_board = split(data["output"])
    want_trace, want_board = split(data["expected"])
    score, notes = 0.0, []

    if got_trace == want_trace:
        score += 0.5
    else:
        for i, want in enumerate(want_trace):
            got = got_trace[i] if i < len(got_trace) else "(nothing)"
            if got != want:
                notes.append(f"trace line {i + 1}: expected {want!r}, got {got!r}")
                break
        else:
            notes.append(f"the trace has {len(got_trace)} lines, expected {len(want_trace)}"
                         " (is the blank line before the dashboard missing?)")

    if not got_board:
        notes.append("no dashboard found: print a blank line, then the dashboard")
    else:
        want_rows, want_summary = want_board[:-1], want_board[-1]
        got_rows, got_summary = got_board[:-1], got_board[-1]
        right = 0
        for i, want in enumerate(want_rows):
            got = got_rows[i] if i < len(got_rows) else ""
            if cells(got) == cells(want):
                right += 1
            elif len(notes) < 3:
                label = "header" if i == 0 else f"dashboard row {i}"
                notes.append(f"{label}: expected {cells(want)}, got {cells(got)}")
        if len(got_rows) != len(want_rows):
            notes.append(f"the dashboard has {len(got_rows)} lines before the summary,"
                         f" expected {len(want_rows)}")
        summary_ok = got_summary.split() == want_summary.split()
        if not summary_ok:
            notes.append(f"summary: expected {want_summary!r}, got {got_summary!r}")
        if len(got_rows) == len(want_rows):
            score += 0.5 * (right + summary_ok) / (len(want_rows) + 1)

    print(json.dumps({"score": round(score, 4),
                      "feedback": "; ".join(notes) if notes else "trace and dashboard are right"}))


main()
