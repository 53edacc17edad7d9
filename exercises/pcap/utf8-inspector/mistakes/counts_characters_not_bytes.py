# Mistake: uses len() of the str as the byte count. len() counts code points, so "é"
# is reported as 1 byte although UTF-8 needs 2.
def code_point(ch):
    """Return the code point of one character as "U+XXXX" (at least 4 hex digits)."""
    return f"U+{ord(ch):04X}"


def plural(count, word):
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def describe(text):
    """Return one line per code point: repr, code point and UTF-8 size."""
    lines = []
    for ch in text:
        size = len(ch)
        lines.append(f"{ch!r} {code_point(ch)} {plural(size, 'byte')}")
    return lines


def summary(text):
    """Return e.g. "4 characters, 5 bytes, not ASCII"."""
    size = len(text)
    kind = "ASCII" if text.isascii() else "not ASCII"
    return f"{plural(len(text), 'character')}, {plural(size, 'byte')}, {kind}"
