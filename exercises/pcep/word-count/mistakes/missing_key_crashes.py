# Mistake: reads counts[word] without checking that the key exists, so a word that never occurs raises KeyError instead of giving 0.
PUNCTUATION = ".,;:!?\"'()-"


def count_words(text):
    """Return a dict that maps each lowercase word of text to its count."""
    counts = {}
    for word in text.lower().split():
        word = word.strip(PUNCTUATION)
        if word == "":
            continue
        if word in counts:
            counts[word] += 1
        else:
            counts[word] = 1
    return counts


def top_words(counts, n):
    """Return the n most frequent words; ties in alphabetical order."""
    # Sorting (-count, word) tuples puts big counts first and, for equal
    # counts, the words in alphabetical order.
    pairs = []
    for word, count in counts.items():
        pairs.append((-count, word))
    return [word for minus_count, word in sorted(pairs)[:n]]


def frequency(counts, word):
    """Return how often word occurs (in any case), 0 if it never does."""
    return counts[word.lower()]


def summary(counts):
    """Return (total number of words, number of different words)."""
    return (sum(counts.values()), len(counts))
