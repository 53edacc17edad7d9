# Checker of pcap/fair-teams: many splits are equally fair, so instead of
# comparing with one answer it checks the learner's split itself.
#
# stdin:  {"input": ..., "output": ..., "expected": ... or null, ...} as JSON
# stdout: {"score": 0..1, "feedback": "..."} as JSON
#
# Score 1: a valid split with the smallest possible difference.
# Score 0.5: a valid split (right format, every player once, sizes, totals)
#            that is not the fairest.
# Score 0: anything else, with feedback saying what is wrong.
import json
import sys
from itertools import combinations

PARTIAL = 0.5
SHAPE = "Team A: Ana, Dara, Eli (total 17)"


def parse_players(text):
    """The (name, skill) pairs of the case input, in order."""
    players = []
    for line in text.splitlines():
        words = line.split()
        if words:
            players.append((words[0], int(words[1])))
    return players


def best_difference(players):
    """The smallest difference of totals over all splits with fair sizes."""
    skills = [skill for name, skill in players]
    total = sum(skills)
    return min(
        abs(total - 2 * sum(skills[i] for i in group))
        for group in combinations(range(len(skills)), len(skills) // 2)
    )


def show(line, limit=100):
    """A learner's line, quoted and shortened for the feedback."""
    if len(line) > limit:
        line = line[:limit] + "..."
    return json.dumps(line, ensure_ascii=False)


def parse_line(line, label):
    """(names, total) from one output line, or an error message (a str)."""
    where = f"the Team {label} line {show(line)}"
    prefix = f"Team {label}: "
    if not line.startswith(prefix):
        return f"{where} should start with {show(prefix)}, like {show(SHAPE)}."
    rest = line[len(prefix):]
    names_part, found, total_part = rest.rpartition(" (total ")
    if not found or not total_part.endswith(")"):
        return (f"{where} should end with the team's total in the form "
                f"\" (total 17)\", like {show(SHAPE)}.")
    total_text = total_part[:-1]
    if not (total_text.isascii() and total_text.isdigit()):
        return (f"in {where} the total {show(total_text)} is not a whole "
                f"number: print the sum of the skills, like {show(SHAPE)}.")
    names_part = names_part.strip()
    if names_part.startswith("[") or names_part.startswith("("):
        return (f"{where} shows a Python list or tuple: print the names "
                f"separated by a comma and a space, as \", \".join(names) "
                f"gives them.")
    names = names_part.split(", ") if names_part else []
    return names, int(total_text)


def judge(players, output):
    """(score, feedback) for one output."""
    skill_of = dict(players)
    lines = [line.rstrip() for line in output.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return 0, f"Your program printed nothing: print two lines, like {show(SHAPE)}."
    if len(lines) != 2:
        return 0, (f"Print exactly two lines, Team A then Team B; your program "
                   f"printed {len(lines)}, starting with {show(lines[0])}.")

    teams = {}
    for label, line in zip("AB", lines):
        parsed = parse_line(line, label)
        if isinstance(parsed, str):
            return 0, parsed[0].upper() + parsed[1:]
        teams[label] = parsed

    seen = {}  # name -> the team it was first listed in
    for label in "AB":
        names, _ = teams[label]
        for name in names:
            if name not in skill_of:
                if "," in name or " " in name:
                    return 0, (f"Team {label} lists {show(name)}, which is not one "
                               f"player: separate the names with a comma and one "
                               f"space, \", \", with no comma after the last name.")
                if name == "":
                    return 0, (f"Team {label} has an empty name: separate the "
                               f"names with \", \", with no comma at the start "
                               f"or the end.")
                return 0, (f"Team {label} lists {show(name)}, who is not one of "
                           f"the players: print the names exactly as they were "
                           f"typed.")
            if name in seen:
                if seen[name] == label:
                    return 0, f"{name} is listed twice in Team {label}: every player plays once."
                return 0, f"{name} is in both teams: every player plays in exactly one team."
            seen[name] = label
    missing = [name for name, skill in players if name not in seen]
    if missing:
        who = ", ".join(missing)
        verb = "is" if len(missing) == 1 else "are"
        return 0, (f"{who} {verb} in neither team: every player plays in one "
                   f"of them ({len(players)} players, your teams have {len(seen)}).")

    for label in "AB":
        names, printed = teams[label]
        actual = sum(skill_of[name] for name in names)
        if printed != actual:
            return 0, (f"Team {label}'s line says total {printed}, but the skills "
                       f"of its players add up to {actual}.")

    size_a, size_b = len(teams["A"][0]), len(teams["B"][0])
    if abs(size_a - size_b) > 1:
        return 0, (f"Team A has {size_a} players and Team B has {size_b}: the "
                   f"sizes may differ by at most one.")

    difference = abs(teams["A"][1] - teams["B"][1])
    best = best_difference(players)
    if difference > best:
        return PARTIAL, (f"A valid split, but not the fairest: your totals differ "
                         f"by {difference}, and the best split of these players "
                         f"has a difference of {best}. Half the credit; try every "
                         f"possible Team A instead of picking players one by one.")
    return 1, f"Fair teams: a difference of {best}, the smallest possible."


def main():
    data = json.loads(sys.stdin.read())
    players = parse_players(data["input"])
    output = data.get("output")
    if not isinstance(output, str):
        output = ""
    if data.get("expected") is not None:
        # The case's sample answer must itself be a perfect answer.
        score, feedback = judge(players, data["expected"])
        if score != 1:
            raise ValueError(f"the case's sample answer is rejected: {feedback}")
    score, feedback = judge(players, output)
    print(json.dumps({"score": score, "feedback": feedback}))


main()
