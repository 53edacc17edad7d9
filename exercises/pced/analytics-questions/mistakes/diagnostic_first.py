# Mistake: checks the labels in the order of the table of types (diagnostic,
# predictive, prescriptive), so "What caused ... and what should we do?" is diagnostic.
"""Label business questions with the type of analytics they call for."""

CUES = {
    "prescriptive": ["should", "shouldn't", "recommend", "recommended", "best way",
                     "optimal", "optimise", "optimize", "how can we", "what can we do"],
    "predictive": ["will", "won't", "forecast", "forecasts", "forecasting", "predict",
                   "predicted", "prediction", "likely", "going to", "next month",
                   "next week", "next quarter", "next year"],
    "diagnostic": ["why", "cause", "caused", "causes", "reason", "reasons",
                   "led to", "due to", "explain", "explains"],
}
ORDER = ["diagnostic", "predictive", "prescriptive"]
LABELS = ["descriptive", "diagnostic", "predictive", "prescriptive"]


def words(text):
    """Return the lower-case words of text (letters, digits and apostrophes)."""
    text = text.lower().replace("\u2019", "'")
    kept = "".join(ch if ch.isalnum() or ch == "'" else " " for ch in text)
    return kept.split()


def has_cue(question_words, cue):
    """Return True when the words of cue appear one after another in question_words."""
    cue_words = cue.split()
    size = len(cue_words)
    return any(question_words[i:i + size] == cue_words
               for i in range(len(question_words) - size + 1))


def label_question(question):
    """Return "descriptive", "diagnostic", "predictive" or "prescriptive"."""
    question_words = words(question)
    for label in ORDER:
        if any(has_cue(question_words, cue) for cue in CUES[label]):
            return label
    return "descriptive"


def count_labels(path):
    """Return {label: number of distinct questions} for the question file at path."""
    seen = set()
    counts = {label: 0 for label in LABELS}
    with open(path, encoding="utf-8") as notes:
        for line in notes:
            question = " ".join(line.split())
            key = question.lower()
            if not question or question.startswith("#") or key in seen:
                continue
            seen.add(key)
            counts[label_question(question)] += 1
    return counts
