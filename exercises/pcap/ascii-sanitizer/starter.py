REPLACEMENTS = {
    "à": "a", "á": "a", "â": "a", "ä": "ae", "ç": "c",
    "é": "e", "è": "e", "ê": "e", "ë": "e", "î": "i", "ï": "i",
    "ñ": "n", "ô": "o", "ö": "oe", "ù": "u", "û": "u", "ü": "ue", "ß": "ss",
    "À": "A", "Ä": "Ae", "Ç": "C", "É": "E", "Ñ": "N", "Ö": "Oe", "Ü": "Ue",
    "€": "EUR", "–": "-", "—": "-", "‘": "'", "’": "'",
    "“": '"', "”": '"', "…": "...",
}


def sanitize(text):
    # TODO: build the result character by character:
    #   backslash -> two backslashes; ASCII (code point below 128) -> unchanged;
    #   in REPLACEMENTS -> its replacement; anything else -> \uXXXX or \UXXXXXXXX.
    return text


def classify(text):
    # TODO: return (kept, replaced, escaped) counts.
    return (0, 0, 0)
