PUNCTUATION = ".,;:!?\"'()-"


def count_words(text):
    """Return a dict that maps each lowercase word of text to its count."""
    # TODO: split the text into words, lowercase them, strip PUNCTUATION
    #       from both ends, skip empty words and count the rest in a dict.
    return None


def top_words(counts, n):
    """Return the n most frequent words; ties in alphabetical order."""
    # TODO: go through counts.items() and sort.
    return None


def frequency(counts, word):
    """Return how often word occurs (in any case), 0 if it never does."""
    # TODO: check that the key exists before reading it.
    return None


def summary(counts):
    """Return (total number of words, number of different words)."""
    # TODO: return a tuple of two ints.
    return None
