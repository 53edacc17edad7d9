# Mistake: builds the key from set(word), which drops repeated letters,
# so "lot" and "tool" (same letters, different counts) look like anagrams.
def anagram_key(word):
    """Return the letters of word, lowercased and sorted, as one string."""
    return "".join(sorted(set(word.lower())))


def is_anagram(first, second):
    """Return True if the two words are different words made of the same letters."""
    if first.lower() == second.lower():
        return False
    return anagram_key(first) == anagram_key(second)


def group_anagrams(words):
    """Return the sorted groups (two words or more) of lowercased anagrams."""
    groups = {}
    for word in words:
        word = word.lower()
        group = groups.setdefault(anagram_key(word), [])
        if word not in group:
            group.append(word)
    return sorted([sorted(group) for group in groups.values() if len(group) >= 2])
