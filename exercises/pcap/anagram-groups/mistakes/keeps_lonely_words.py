# Mistake: forgets the `if` in the comprehension, so words without any
# anagram partner come back as one-word groups.
def anagram_key(word):
    """Return the letters of word, lowercased and sorted, as one string."""
    return "".join(sorted(word.lower()))


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
    return sorted([sorted(group) for group in groups.values()])
