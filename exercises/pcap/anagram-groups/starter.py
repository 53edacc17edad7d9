def anagram_key(word):
    """Return the letters of word, lowercased and sorted, as one string."""
    # TODO: lowercase the word, sort its letters with sorted() and
    #       glue the list back into a string with "".join().
    return ""


def is_anagram(first, second):
    """Return True if the two words are different words made of the same letters."""
    # TODO: a word is not an anagram of itself (ignoring case);
    #       otherwise compare the two keys.
    return False


def group_anagrams(words):
    """Return the sorted groups (two words or more) of lowercased anagrams."""
    # TODO: collect the lowercased words in a dict keyed by anagram_key(),
    #       each word only once; keep the groups with at least two words,
    #       sort every group and then the list of groups.
    return []
