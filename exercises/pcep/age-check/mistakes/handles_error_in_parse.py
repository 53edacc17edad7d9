# Mistake: parse_age catches its own ValueError and returns 0, so check_all
# never hears about the bad entry and reports it as "too young".
YOUNGEST = 8
OLDEST = 17


def parse_age(text):
    """Return the age typed in `text` as an int.

    Raises ValueError when the text is not a whole number from 0 to 120;
    the caller decides what to do about it.
    """
    try:
        age = int(text)
    except ValueError:
        return 0
    if age < 0 or age > 120:
        return 0
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
