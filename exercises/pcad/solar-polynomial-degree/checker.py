# Checker of pcad/solar-polynomial-degree: compares the learner's table of
# errors with the expected one within a tolerance (the last printed decimal may
# differ) and gives half the points for a right table with a wrong choice.
#
# stdin:  {"input", "output", "expected" (the case's stdout), ...} as JSON
# stdout: {"score": 0..1, "feedback": "..."} as JSON
import json
import re
import sys

ROW = re.compile(r"degree (\d+): train MSE (\S+), validation MSE (\S+)$")
BEST = re.compile(r"best degree: (\d+)$")
SHAPE = "degree 2: train MSE 180.66, validation MSE 253.74"


def parse(text):
    """({degree: (train, validation)}, best degree) or an error message (a str)."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if not lines:
        return "Your program printed nothing."
    rows = {}
    for line in lines[:-1]:
        match = ROW.match(line)
        if not match:
            return f"The line {json.dumps(line)} is not in the form {json.dumps(SHAPE)}."
        try:
            values = float(match.group(2)), float(match.group(3))
        except ValueError:
            return f"The line {json.dumps(line)} holds something that is not a number."
        rows[int(match.group(1))] = values
    best = BEST.match(lines[-1])
    if not best:
        return f"The last line should be \"best degree: <degree>\", not {json.dumps(lines[-1])}."
    return rows, int(best.group(1))


def close(got, want):
    return abs(got - want) <= 0.011 + 1e-4 * abs(want)


def judge(expected, output):
    want_rows, want_best = expected
    parsed = parse(output)
    if isinstance(parsed, str):
        return 0, parsed
    rows, best = parsed
    if list(rows) != list(want_rows):
        return 0, (f"Print one line per degree, from 1 to {max(want_rows)} in order; "
                   f"your lines are for the degrees {list(rows)}.")
    for degree, (want_train, want_val) in want_rows.items():
        train, val = rows[degree]
        if close(train, want_val) and close(val, want_train) and not close(train, want_train):
            return 0, (f"Degree {degree}: your training and validation errors are "
                       f"swapped (expected train {want_train:.2f}, validation {want_val:.2f}).")
        if not close(train, want_train):
            return 0, (f"Degree {degree}: the training MSE is {train:.2f}, expected "
                       f"{want_train:.2f}. Check the split (test_size=0.3, "
                       f"random_state=seed) and the model.")
        if not close(val, want_val):
            return 0, (f"Degree {degree}: the validation MSE is {val:.2f}, expected "
                       f"{want_val:.2f}. Fit on the training rows only and measure "
                       f"on the validation rows.")
    if best != want_best:
        by_train = min(rows, key=lambda d: rows[d][0])
        why = (" You chose by the training error, which keeps falling as the degree "
               "grows: that rewards overfitting." if best == by_train else "")
        return 0.5, (f"The errors are right, but the best degree is {want_best} (the "
                     f"lowest validation MSE), not {best}.{why} Half the credit.")
    return 1, f"Right: degree {want_best} has the lowest validation error."


def main():
    data = json.loads(sys.stdin.read())
    expected = parse(data["expected"])
    if isinstance(expected, str):
        raise ValueError(f"the case's expected output is malformed: {expected}")
    output = data.get("output")
    score, feedback = judge(expected, output if isinstance(output, str) else "")
    print(json.dumps({"score": score, "feedback": feedback}))


main()
