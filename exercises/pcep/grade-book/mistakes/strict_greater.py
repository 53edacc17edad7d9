# Mistake: uses `>` instead of `>=`, so a score of exactly 90 (or 80, 70, 60) gets the lower grade.
def clean_scores(raw):
    """Return a new dict name -> int score, keeping only whole numbers 0..100."""
    scores = {}
    for name, text in raw.items():
        try:
            score = int(text.strip())
        except ValueError:
            continue
        if 0 <= score <= 100:
            scores[name] = score
    return scores


def letter_grade(score):
    """Return the letter grade for one score from 0 to 100."""
    if score > 90:
        return "A"
    elif score > 80:
        return "B"
    elif score > 70:
        return "C"
    elif score > 60:
        return "D"
    else:
        return "F"


def letter_grades(scores):
    """Return a new dict name -> letter grade ("A" to "F")."""
    grades = {}
    for name, score in scores.items():
        grades[name] = letter_grade(score)
    return grades


def class_average(scores):
    """Return the mean score as a float, or None when scores is empty."""
    if not scores:
        return None
    return sum(scores.values()) / len(scores)
