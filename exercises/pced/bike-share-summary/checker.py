# Checker of pced/bike-share-summary: a summary can be worded in many ways, so
# instead of comparing text it checks that the three sentences carry the
# right facts, computed here from the case's data file.
#
# stdin:  {"input": "/data/<file>\n", "output": ..., "expected": ...} as JSON
# stdout: {"score": 0..1, "feedback": "..."} as JSON
#
# The output must be exactly three sentences (ending in ".", "!" or "?").
# Four facts, a quarter of the score each:
#   sentence 1: the total number of rides;
#   sentence 2: the size of the change from the first to the last month, in %
#               with one decimal (may be left out when it is 0.0);
#   sentence 2: a word for the right direction, and none for the other one;
#   sentence 3: the busiest month's name and its number of rides.
import csv
import json
import re
import sys

UP = {"up", "rose", "risen", "rise", "rising", "increase", "increased",
      "increasing", "grew", "grown", "growth", "higher", "climbed", "gained"}
DOWN = {"down", "fell", "fallen", "fall", "falling", "decrease", "decreased",
        "decreasing", "dropped", "drop", "declined", "decline", "lower", "shrank"}
FLAT = {"unchanged", "flat", "steady", "stable", "same"}
NUMBER = re.compile(r"-?\d+(?:,\d{3})*(?:\.\d+)?")
SHAPE = "Riders took 47,860 rides from Jan to Jun."


def facts(path):
    """(total, change rounded to 1 decimal, best month, its rides) of a data file."""
    with open(path, encoding="utf-8", newline="") as sheet:
        rows = [[cell.strip() for cell in row] for row in csv.reader(sheet)]
    rows = [row for row in rows[1:] if any(row)]
    months = [row[0] for row in rows]
    rides = [int(row[1]) for row in rows]
    best = rides.index(max(rides))
    change = round((rides[-1] - rides[0]) / rides[0] * 100, 1)
    return sum(rides), change, months[best], rides[best]


def numbers(sentence):
    """The numbers written in a sentence, as floats ("47,860" -> 47860.0)."""
    return [float(token.replace(",", "")) for token in NUMBER.findall(sentence)]


def words(sentence):
    return set(re.findall(r"[a-z]+", sentence.lower()))


def show(text, limit=120):
    if len(text) > limit:
        text = text[:limit] + "..."
    return json.dumps(text, ensure_ascii=False)


def has(values, wanted):
    return any(abs(value - wanted) < 1e-9 for value in values)


def judge(data, output):
    """(score, feedback) for one output."""
    total, change, best_month, best_rides = data
    text = " ".join(output.split())
    if not text:
        return 0, f"Your program printed nothing: print three sentences, starting like {show(SHAPE)}."
    if text[-1] not in ".!?":
        return 0, (f"Your summary ends with {show(text[-20:])}: end every sentence, "
                   f"the last one too, with a full stop.")
    sentences = re.split(r"(?<=[.!?])\s+", text)
    if len(sentences) != 3:
        return 0, (f"Write exactly three sentences, each ending with \".\" followed by "
                   f"a space or a new line; yours has {len(sentences)}: "
                   + " | ".join(show(s, 60) for s in sentences[:5])
                   + ". (A full stop inside a sentence, as in \"approx.\", also splits it.)")
    first, second, third = sentences
    problems = []
    passed = 0

    if has(numbers(first), total):
        passed += 1
    else:
        problems.append(f"The first sentence, {show(first)}, should give the total number "
                        f"of rides of all the months together ({total:,}).")

    size = abs(change)
    found = numbers(second)
    if change == 0 or has(found, size):
        passed += 1
    elif has(found, -size):
        problems.append(f"The second sentence writes the change as -{size:.1f}: write its "
                        f"size without a minus sign ({size:.1f}%), the direction word "
                        f"already says which way it went.")
    else:
        problems.append(f"The second sentence, {show(second)}, should give the change from "
                        f"the first to the last month in percent of the first month, "
                        f"rounded to one decimal ({size:.1f}%).")

    said = words(second)
    said_flat = bool(said & FLAT) or "no change" in second.lower()
    if change > 0:
        right, wrong, way = said & UP, said & (DOWN | FLAT), "went up"
    elif change < 0:
        right, wrong, way = said & DOWN, said & (UP | FLAT), "went down"
    else:
        right, wrong, way = said_flat, said & (UP | DOWN), "stayed the same (the change rounds to 0.0%)"
    if right and not wrong:
        passed += 1
    elif wrong:
        problems.append(f"The second sentence says {show(sorted(wrong)[0])}, but the rides "
                        f"{way} from the first to the last month.")
    else:
        examples = ("rose, increased, grew, up" if change > 0 else
                    "fell, decreased, dropped, down" if change < 0 else "unchanged, flat, steady")
        problems.append(f"The second sentence should say which way the rides went with a "
                        f"word such as {examples}.")

    month_named = re.search(rf"(?<!\w){re.escape(best_month)}(?!\w)", third) is not None
    if month_named and has(numbers(third), best_rides):
        passed += 1
    else:
        problems.append(f"The third sentence, {show(third)}, should name the busiest month "
                        f"as written in the file ({best_month}) and its number of rides "
                        f"({best_rides:,}); on a tie, the earliest of those months.")

    if not problems:
        return 1, "A clear summary: the total, the change with its direction, and the busiest month."
    return passed / 4, " ".join(problems)


def main():
    case = json.loads(sys.stdin.read())
    data = facts(case["input"].strip())
    if case.get("expected") is not None:
        # The case's sample answer must itself be a perfect answer.
        score, feedback = judge(data, case["expected"])
        if score != 1:
            raise ValueError(f"the case's sample answer is rejected: {feedback}")
    output = case.get("output")
    score, feedback = judge(data, output if isinstance(output, str) else "")
    print(json.dumps({"score": score, "feedback": feedback}, ensure_ascii=False))


main()
