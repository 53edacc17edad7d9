"""Plugin: reshape text."""


def _squeeze(text):
    """Collapse runs of spaces into one (a helper, not a plugin function)."""
    return " ".join(text.split())


def shout(text):
    """HELLO WORLD!"""
    return _squeeze(text).upper() + "!"


def reverse(text):
    """dlrow olleh"""
    return _squeeze(text)[::-1]


def title(text):
    """Hello World"""
    return _squeeze(text).title()
