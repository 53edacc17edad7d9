# Mistake: escapes with ascii(ch)[1:-1]. ascii() writes code points below 256 as \xHH,
# so "ø" becomes \xf8 instead of the \u00f8 the receipt format asks for.
REPLACEMENTS = {
    "à": "a", "á": "a", "â": "a", "ä": "ae", "ç": "c",
    "é": "e", "è": "e", "ê": "e", "ë": "e", "î": "i", "ï": "i",
    "ñ": "n", "ô": "o", "ö": "oe", "ù": "u", "û": "u", "ü": "ue", "ß": "ss",
    "À": "A", "Ä": "Ae", "Ç": "C", "É": "E", "Ñ": "N", "Ö": "Oe", "Ü": "Ue",
    "€": "EUR", "–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "...",
}


def escape(ch):
    """Write one non-ASCII character as a Python escape sequence."""
    return ascii(ch)[1:-1]


def sanitize(text):
    """Return text using only ASCII characters, for the old receipt printer."""
    parts = []
    for ch in text:
        if ch == "\\":
            parts.append("\\\\")
        elif ord(ch) < 128:
            parts.append(ch)
        elif ch in REPLACEMENTS:
            parts.append(REPLACEMENTS[ch])
        else:
            parts.append(escape(ch))
    return "".join(parts)


def classify(text):
    """Return (kept, replaced, escaped): how sanitize treats the characters."""
    kept = replaced = escaped = 0
    for ch in text:
        if ord(ch) < 128:
            kept += 1
        elif ch in REPLACEMENTS:
            replaced += 1
        else:
            escaped += 1
    return kept, replaced, escaped
