# Mistake: sorts the letters without lowercasing them first, so "Listen" ("Leinst")
# and "Silent" ("Seilnt") get different keys: uppercase letters sort before lowercase.
def anagram_key(word):
    """Return the letters of word, lowercased and sorted, as one string."""
    return "".join(sorted(word))


def is_anagram(first, second):
    """Return True if the two words are different words made of the same letters."""
    if first.lower() == second.lower():
        return False
    return anagram_key(first) == anagram_key(second)


def group_anagrams(words):
    """Return the sorted groups (two words or more) of lowercased anagrams."""
    groups = {}
    for word in words:
        group = groups.setdefault(anagram_key(word), [])
        if word.lower() not in group:
            group.append(word.lower())
    return sorted([sorted(group) for group in groups.values() if len(group) >= 2])
