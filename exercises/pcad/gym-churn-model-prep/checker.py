# Checker of pcad/gym-churn-model-prep: which members go to the test set is up
# to the learner's random draw, so instead of comparing with one answer the
# checker reads the raw member file and judges the printed split.
# (features.csv is deterministic: the case compares it cell by cell.)
#
# stdin:  {"input": "<path>\n", "output": ..., "expected": <sample stdout>, ...}
# stdout: {"score": 0..1, "feedback": "..."}
#
# Score 1: the right counts and a stratified test set of members with an age.
# Score 0.5: all that, but the test set is not stratified (right size, wrong
#            number of churners).
# Score 0: anything else, with feedback saying what is wrong.
import csv
import json
import sys

PARTIAL = 0.5


def members(path):
    """({member_id: churned 0/1} of the members with an age, members in the file)."""
    with open(path, encoding="utf-8", newline="") as source:
        rows = list(csv.DictReader(source))
    churned = {row["member_id"]: int(row["churned"].strip().lower() == "yes")
               for row in rows if row["age"].strip()}
    return churned, len(rows)


def judge(churned, total, output):
    """(score, feedback) for one output."""
    classes = {c: [m for m, v in churned.items() if v == c] for c in (0, 1)}
    want_test = {c: round(len(group) * 0.25) for c, group in classes.items()}
    test_size = want_test[0] + want_test[1]
    summary = [f"members: {total}", f"dropped (no age): {total - len(churned)}",
               f"train: {len(churned) - test_size}", f"test: {test_size}"]
    lines = [line.rstrip() for line in output.splitlines() if line.strip()]
    if lines[:4] != summary:
        shown = " / ".join(lines[:4]) if lines else "nothing"
        return 0, ("The first four lines should be " + " / ".join(summary)
                   + f"; your program printed {shown}.")
    if len(lines) != 5 or not lines[4].startswith("test ids:"):
        return 0, "The fifth and last line should be \"test ids: \" and the ids, separated by \", \"."
    text = lines[4][len("test ids:"):].strip()
    ids = [part.strip() for part in text.split(",")] if text else []
    if len(ids) != len(set(ids)):
        return 0, "An id is listed twice in the test ids."
    for member in ids:
        if member not in churned:
            return 0, (f"{member} is in the test ids, but it is not a member with an age "
                       f"(members without an age are dropped before splitting).")
    if len(ids) != test_size:
        return 0, f"{len(ids)} test ids are listed, but the test line says {test_size}."
    order = [m for m in churned if m in set(ids)]
    if ids != order:
        return 0, "List the test ids in the order of the members file."
    for c in (0, 1):
        got = sum(1 for m in ids if churned[m] == c)
        if got != want_test[c]:
            return PARTIAL, (f"The test set has the right size, but {got} of its members have "
                             f"churned = {c}; a stratified split takes round(25 % of "
                             f"{len(classes[c])}) = {want_test[c]} of them. Sample each churn "
                             f"class on its own. Half the credit.")
    return 1, "A stratified 75/25 split."


def main():
    data = json.loads(sys.stdin.read())
    churned, total = members(data["input"].strip())
    if data.get("expected") is not None:
        score, feedback = judge(churned, total, data["expected"])
        if score != 1:
            raise ValueError(f"the case's sample answer is rejected: {feedback}")
    output = data.get("output")
    score, feedback = judge(churned, total, output if isinstance(output, str) else "")
    print(json.dumps({"score": score, "feedback": feedback}))


main()
