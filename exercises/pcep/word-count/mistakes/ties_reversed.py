# Mistake: sorts (count, word) tuples with reverse=True, which also reverses the words: equal counts come out from Z to A.
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
    pairs = []
    for word, count in counts.items():
        pairs.append((count, word))
    return [word for count, word in sorted(pairs, reverse=True)[:n]]


def frequency(counts, word):
    """Return how often word occurs (in any case), 0 if it never does."""
    word = word.lower()
    if word in counts:
        return counts[word]
    return 0


def summary(counts):
    """Return (total number of words, number of different words)."""
    return (sum(counts.values()), len(counts))
