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


def label_question(question):
    """Return "descriptive", "diagnostic", "predictive" or "prescriptive"."""
    # TODO: split the question into lower-case words, look for the cues as
    #       whole words (in the order prescriptive, predictive, diagnostic)
    #       and return the first label that matches.
    return "descriptive"


def count_labels(path):
    """Return {label: number of distinct questions} for the question file at path."""
    # TODO: read the file, normalize each line, skip blanks, notes and
    #       repeated questions, and count the labels (all four keys).
    return {}
