YOUNGEST = 8
OLDEST = 17


def parse_age(text):
    """Return the age typed in `text` as an int (ValueError if invalid)."""
    # TODO: convert with int(); it already raises ValueError for text like
    #       "twelve". Raise ValueError yourself for ages below 0 or above 120.
    #       Do not catch the error here: check_all() handles it.
    return None


def check_all(entries):
    """Return one verdict line per (name, age text) entry."""
    # TODO: for each (name, text) pair call parse_age() inside try/except
    #       and build "name: welcome" / "too young" / "too old" /
    #       "invalid age".
    return []
