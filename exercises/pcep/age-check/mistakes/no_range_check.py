# Mistake: parse_age never checks the 0 to 120 range, so a typo such as 150
# becomes "too old" and -3 becomes "too young" instead of "invalid age".
YOUNGEST = 8
OLDEST = 17


def parse_age(text):
    """Return the age typed in `text` as an int.

    Raises ValueError when the text is not a whole number from 0 to 120;
    the caller decides what to do about it.
    """
    age = int(text)  # raises ValueError for "twelve", "12.5", ""
    return age


def check_all(entries):
    """Return one verdict line per (name, age text) entry."""
    verdicts = []
    for name, text in entries:
        try:
            age = parse_age(text)
        except ValueError:
            verdicts.append(f"{name}: invalid age")
            continue
        if age < YOUNGEST:
            verdicts.append(f"{name}: too young")
        elif age > OLDEST:
            verdicts.append(f"{name}: too old")
        else:
            verdicts.append(f"{name}: welcome")
    return verdicts
