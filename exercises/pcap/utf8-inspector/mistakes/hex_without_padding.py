# Mistake: builds the code point with hex(), which gives lower-case digits without
# padding: "U+e9" instead of "U+00E9".
def code_point(ch):
    """Return the code point of one character as "U+XXXX" (at least 4 hex digits)."""
    return "U+" + hex(ord(ch))[2:]


def plural(count, word):
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def describe(text):
    """Return one line per code point: repr, code point and UTF-8 size."""
    lines = []
    for ch in text:
        size = len(ch.encode("utf-8"))
        lines.append(f"{ch!r} {code_point(ch)} {plural(size, 'byte')}")
    return lines


def summary(text):
    """Return e.g. "4 characters, 5 bytes, not ASCII"."""
    size = len(text.encode("utf-8"))
    kind = "ASCII" if text.isascii() else "not ASCII"
    return f"{plural(len(text), 'character')}, {plural(size, 'byte')}, {kind}"
