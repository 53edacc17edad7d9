# Mistake: normalizes with the lowest and highest mark of the whole sheet
# instead of each test on its own, so the final (out of 100) still outweighs
# the quiz (out of 20).
import csv


def normalize(scores):
    """Min-max scale scores to 0..1; None (a missing score) stays None."""
    known = [score for score in scores if score is not None]
    if not known:
        return list(scores)
    low, high = min(known), max(known)
    spread = high - low
    result = []
    for score in scores:
        if score is None:
            result.append(None)
        elif spread == 0:
            result.append(0.0)
        else:
            result.append((score - low) / spread)
    return result


def rank_students(path):
    """Return [(student, combined score), ...], best first."""
    with open(path, encoding="utf-8", newline="") as sheet:
        rows = [row for row in csv.reader(sheet) if row]
    names = [row[0] for row in rows[1:]]
    raw_columns = []
    for index in range(1, len(rows[0])):
        cells = [row[index].strip() for row in rows[1:]]
        raw_columns.append([float(cell) if cell else None for cell in cells])
    width = len(names)
    flat = normalize([mark for column in raw_columns for mark in column])
    columns = [flat[i:i + width] for i in range(0, len(flat), width)]

    ranking = []
    for position, name in enumerate(names):
        values = [column[position] for column in columns
                  if column[position] is not None]
        ranking.append((name, round(sum(values) / len(values), 3)))
    ranking.sort(key=lambda pair: (-pair[1], pair[0]))
    return ranking
