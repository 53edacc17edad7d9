def clean_scores(raw):
    """Return a new dict name -> int score, keeping only whole numbers 0..100."""
    # TODO: loop over raw.items(); strip the text and convert it with int()
    #       inside try/except, so text like "absent" is skipped.
    # TODO: keep only scores from 0 to 100, and do not modify raw.
    return None


def letter_grades(scores):
    """Return a new dict name -> letter grade ("A" to "F")."""
    # TODO: 90-100 A, 80-89 B, 70-79 C, 60-69 D, below 60 F.
    return None


def class_average(scores):
    """Return the mean score as a float, or None when scores is empty."""
    # TODO: guard against an empty dict before dividing.
    return None
