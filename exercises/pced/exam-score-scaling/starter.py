# Rescale exam scores to 0..1 so that tests with different maximums compare.
import csv


def normalize(scores):
    """Min-max scale scores to 0..1; None (a missing score) stays None."""
    # TODO: find the lowest and highest of the marks that are not None.
    # TODO: return a new list: (score - lowest) / (highest - lowest) for each
    #       mark, None for None, and 0.0 for every mark when all are equal.
    return []


def rank_students(path):
    """Return [(student, combined score), ...], best first."""
    # TODO: read the sheet with csv.reader (encoding="utf-8", newline="").
    # TODO: normalize each test column on its own (empty cell -> None).
    # TODO: average each student's present normalized marks, round to 3
    #       decimals, and sort best first, then by name.
    return []
