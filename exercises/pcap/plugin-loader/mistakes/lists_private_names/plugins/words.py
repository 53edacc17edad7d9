"""Plugin: count and compare words."""


def count(text):
    """How many words."""
    return str(len(text.split()))


def longest(text):
    """The longest word (the first one, if several are as long)."""
    words = text.split()
    if not words:
        return ""
    return max(words, key=len)
